# A tiny stack-based virtual machine with labels, calls and an assembler, run on a few programs.
class VMError(Exception):
    pass
def assemble(source):
    program, labels = [], {}
    for line in source.strip().splitlines():
        line = line.split(";")[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            labels[line[:-1]] = len(program)
            continue
        op, *args = line.split()
        program.append((op, [int(a) if a.lstrip("-").isdigit() else a for a in args]))
    return [(op, [labels.get(a, a) for a in args]) for op, args in program]
def run(program, trace=False):
    stack, calls, pc, out, steps = [], [], 0, [], 0
    while pc < len(program):
        op, args = program[pc]
        pc += 1
        steps += 1
        if steps > 100000:
            raise VMError("step limit")
        if op == "push":
            stack.append(args[0])
        elif op == "pop":
            stack.pop()
        elif op == "dup":
            stack.append(stack[-1])
        elif op == "swap":
            stack[-1], stack[-2] = stack[-2], stack[-1]
        elif op == "over":
            stack.append(stack[-2])
        elif op in ("add", "sub", "mul", "div", "mod", "lt", "eq"):
            b, a = stack.pop(), stack.pop()
            stack.append({"add": lambda: a + b, "sub": lambda: a - b, "mul": lambda: a * b, "div": lambda: a // b,
                          "mod": lambda: a % b, "lt": lambda: int(a < b), "eq": lambda: int(a == b)}[op]())
        elif op == "jmp":
            pc = args[0]
        elif op == "jz":
            if stack.pop() == 0:
                pc = args[0]
        elif op == "call":
            calls.append(pc)
            pc = args[0]
        elif op == "ret":
            pc = calls.pop()
        elif op == "print":
            out.append(stack.pop())
        elif op == "halt":
            break
        else:
            raise VMError(f"unknown instruction {op!r} at {pc - 1}")
        if trace:
            print(f"  {pc - 1:3} {op:6} {stack}")
    return out, steps
factorial = """
    push 1
    push 10
loop:
    dup
    jz done
    dup
    push -1
    add
    swap
    call mulrot
    jmp loop
done:
    pop
    print
    halt
mulrot:           ; ( acc n n-1 -- acc*n n-1 )
    swap
    over
    over
    pop
    swap
    pop
    ret
"""
fib = """
    push 0
    push 1
    push 15
again:
    dup
    jz end
    push -1
    add
    call step
    jmp again
end:
    pop
    print
    print
    halt
step:
    swap      ; a b n -> a n b
    call rot3
    ret
rot3:
    ret
"""
small = """
    push 2
    push 3
    add
    dup
    print
    push 4
    mul
    print
    push 7
    push 2
    div
    print
    push 7
    push 3
    mod
    print
    push 1
    push 2
    lt
    print
"""
print(run(assemble(small)))
print(run(assemble(small), trace=True)[1])
for name, src in (("factorial", factorial), ("fib", fib)):
    try:
        print(name, run(assemble(src)))
    except (VMError, IndexError, TypeError) as e:
        print(name, type(e).__name__, e)
try:
    run(assemble("push 1\nbogus\n"))
except VMError as e:
    print("VMError:", e)
try:
    run(assemble("top:\njmp top"))
except VMError as e:
    print("VMError:", e)
try:
    run(assemble("add"))
except IndexError as e:
    print("IndexError:", e)
