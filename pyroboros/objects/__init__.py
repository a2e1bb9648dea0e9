"""The object model: type objects and the objects the interpreter defines. Mirrors Objects/."""
