"""The Parse phase: source bytes -> tokens (tokenizer) -> AST (PEG parser). Mirrors Parser/."""
