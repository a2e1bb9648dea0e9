# Uncaught exception with an explicit cause: both tracebacks and "The above exception was the direct cause".
def load(config):
    try:
        return config["port"]
    except KeyError as exc:
        raise RuntimeError("configuration is missing the port") from exc
print("loading")
print(load({"port": 8080}))
load({"host": "localhost"})
