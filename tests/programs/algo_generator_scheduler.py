# Cooperative multitasking with generators: a round-robin scheduler, sleeping, message passing, and task failures.
class Scheduler:
    def __init__(self):
        self.ready = []
        self.sleeping = []
        self.time = 0
        self.mailboxes = {}
        self.results = {}
    def spawn(self, name, gen):
        self.ready.append((name, gen, None))
        self.mailboxes[name] = []
    def run(self):
        while self.ready or self.sleeping:
            if not self.ready:
                self.time = min(t for t, _, _ in self.sleeping)
                due = [s for s in self.sleeping if s[0] <= self.time]
                self.sleeping = [s for s in self.sleeping if s[0] > self.time]
                self.ready.extend((name, gen, None) for _, name, gen in sorted(due, key=lambda s: (s[0], s[1])))
            name, gen, value = self.ready.pop(0)
            try:
                request = gen.send(value)
            except StopIteration as stop:
                self.results[name] = stop.value
                print(f"[t={self.time}] {name} finished -> {stop.value!r}")
                continue
            except Exception as exc:
                self.results[name] = exc
                print(f"[t={self.time}] {name} crashed: {type(exc).__name__}: {exc}")
                continue
            kind = request[0]
            if kind == "sleep":
                self.sleeping.append((self.time + request[1], name, gen))
            elif kind == "send":
                self.mailboxes[request[1]].append((name, request[2]))
                self.ready.append((name, gen, True))
            elif kind == "recv":
                box = self.mailboxes[name]
                if box:
                    self.ready.append((name, gen, box.pop(0)))
                else:
                    self.sleeping.append((self.time + 1, name, _retry(gen, box)))
            else:
                self.ready.append((name, gen, self.time))
def _retry(gen, box):
    value = None
    while True:
        while not box:
            yield ("sleep", 1)
        try:
            request = gen.send(box.pop(0))
        except StopIteration as stop:
            return stop.value
        while True:
            value = yield request
            try:
                request = gen.send(value)
            except StopIteration as stop:
                return stop.value
            if request[0] == "recv":
                break
def worker(name, steps):
    total = 0
    for i in range(steps):
        now = yield ("now",)
        print(f"[t={now}] {name} step {i}")
        total += i
        yield ("sleep", 2 if name == "slow" else 1)
    return total
def producer(consumer, items):
    for item in items:
        yield ("send", consumer, item)
        yield ("sleep", 1)
    yield ("send", consumer, None)
    return len(items)
def consumer():
    received = []
    while True:
        sender, item = yield ("recv",)
        if item is None:
            return received
        received.append(f"{item} from {sender}")
def crasher():
    yield ("sleep", 3)
    raise ValueError("task failed on purpose")
s = Scheduler()
s.spawn("fast", worker("fast", 3))
s.spawn("slow", worker("slow", 2))
s.spawn("consumer", consumer())
s.spawn("producer", producer("consumer", ["a", "b", "c"]))
s.spawn("crasher", crasher())
s.run()
print(sorted((k, v if not isinstance(v, Exception) else repr(v)) for k, v in s.results.items()))
print("final time", s.time)
