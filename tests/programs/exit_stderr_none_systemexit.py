# sys.stderr set to None, then sys.exit("message"): the message still reaches the process stderr.
import sys

sys.stderr = None
sys.exit("message for nobody")
