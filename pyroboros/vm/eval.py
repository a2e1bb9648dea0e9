"""The eval loop: runs frames of 3.14 bytecode.

Mirrors Python/ceval.c (_PyEval_EvalFrameDefault, exception_unwind, do_raise,
_PyErr_SetObject's context chaining) with the instruction bodies of Python/bytecodes.c.

Shape: one host function, `execute(frame)`, runs `frame` and every guest frame it calls:
CALL of a guest function pushes a new Frame and switches the loop's host locals to it
(no host recursion); RETURN_VALUE switches back. Dispatch is an if-chain over the decoded
(opcode, arg, next) tuples, hottest opcodes first, with the value stack, the fast locals and
the instruction index in host locals (measured ~3x faster than a handler table on CPython
hosts; see docs/run.md). Every instruction body is written once, here, and uses only
`stack`/`fast`/`arg`; when an instruction raises, the except clause unwinds through the
exception table (vm/decode.py) frame by frame, adding traceback entries as CPython does.
Host code calling back into the guest (a GuestProtocol dunder, a key= function) re-enters
`execute`, as CPython's C re-enters its loop. Generators run their frame through `execute`
and leave it at YIELD_VALUE. SIGINT arms the JUMP_BACKWARDs (runtime/signals.py). Left out:
specialization, instrumentation, line tracing, the rest of the eval breaker.
"""
from __future__ import annotations

from typing import Any

from ..bytecode import opcodes as OP
from ..objects.exceptions import ExcInstance
from ..objects.function import BoundMethod, Builtin, Cell, Function
from ..objects.generator import Generator
from ..objects.newer_methods import notimplemented_bool
from ..objects.typeobject import HOST_TYPES, MISSING, TypeObject, lookup, type_of
from ..runtime import abstract, core_warnings, importer, protocol
from ..runtime.errors import GUEST_EXCEPTIONS, new_exception, raise_error, raise_type_error, to_guest
from ..runtime.signals import INTERRUPT, raise_interrupt
from .calls import GENERATOR_FLAGS, make_frame, make_generator
from .frame import STATE, Frame, Traceback
from . import ops

# Host operators on guest values raise what CPython raises: the host classes of guest objects
# carry the guest names (objects/typeobject.py), so no message needs rewriting here.
# Opcode numbers as module constants: the if-chain compares against globals, which the host
# resolves through one dict lookup each.
globals().update({name: o.number for name, o in OP.BY_NAME.items() if o.number < 256})

_COMPARE = ops.COMPARE_OPERATORS
_getattr = protocol.getattr_
_SPECIAL = OP.SPECIAL_METHOD_NAMES


def _with_except_start(stack: list) -> Any:
    """WITH_EXCEPT_START: call __exit__(type, exception, traceback) (in a function of its own,
    so that no host local of the loop keeps the exception or the context manager alive)."""
    exc = stack[-1]
    exit_func = stack[-5]
    exit_self = stack[-4]
    tb = exc.g_tb if isinstance(exc, ExcInstance) else None
    if exit_self is MISSING:
        return exit_func(type_of(exc), exc, tb)
    return exit_func(exit_self, type_of(exc), exc, tb)


def execute(frame: Frame, throw: Any = None) -> Any:
    """Run `frame` (and the guest frames it calls) until it returns or yields."""
    ts = STATE
    entry = frame
    frame.back = ts.frame
    ts.depth += 1
    if ts.depth > ts.limit:
        ts.depth -= 1
        raise_error("RecursionError", "maximum recursion depth exceeded")
    ts.frame = frame
    f = frame
    reraise = False
    thrown = throw is not None
    try:
        while True:
            instrs = f.decoded.instrs
            fast = f.fast
            stack = f.stack
            push = stack.append
            pop = stack.pop
            consts = f.code.co_consts
            names = f.code.co_names
            pc = f.pc
            i = f.lasti
            try:
                if throw is not None:
                    exc, throw = throw, None
                    raise exc
                while True:
                    i = pc
                    opcode, arg, pc = instrs[i]
                    if opcode == LOAD_FAST_BORROW:
                        push(fast[arg])
                    elif opcode == LOAD_FAST_BORROW_LOAD_FAST_BORROW:
                        push(fast[arg >> 4])
                        push(fast[arg & 15])
                    elif opcode == STORE_FAST:
                        fast[arg] = pop()
                    elif opcode == LOAD_SMALL_INT:
                        push(arg)
                    elif opcode == BINARY_OP:
                        right = pop()
                        try:
                            stack[-1] = arg(stack[-1], right)
                        except (TypeError, IndexError, OverflowError) as exc:
                            stack[-1] = ops.binary_op_failed(exc, arg, stack[-1], right)
                    elif opcode == FOR_ITER:
                        try:
                            push(next(stack[-1]))
                        except StopIteration:
                            pc = arg
                    elif opcode == JUMP_BACKWARD:
                        pc = arg
                    elif opcode == LOAD_CONST:
                        push(consts[arg])
                    elif opcode == POP_JUMP_IF_FALSE:
                        if not pop():
                            pc = arg
                    elif opcode == POP_JUMP_IF_TRUE:
                        if pop():
                            pc = arg
                    elif opcode == NOP:
                        pass
                    elif opcode == COMPARE_OP:
                        right = pop()
                        try:
                            result = _COMPARE[arg >> 5](stack[-1], right)
                        except TypeError as exc:
                            result = ops.compare_failed(exc, _COMPARE[arg >> 5], stack[-1], right)
                        stack[-1] = bool(result) if arg & 16 else result
                    elif opcode == TO_BOOL:
                        value = stack[-1]
                        if value.__class__ is not bool:
                            if value is NotImplemented:
                                notimplemented_bool(value)
                            stack[-1] = bool(value)
                    elif opcode == LOAD_GLOBAL:
                        name = names[arg >> 1]
                        value = f.globals.get(name, MISSING)
                        if value is MISSING:
                            value = f.builtins.get(name, MISSING)
                            if value is MISSING:
                                raise ops.name_error(name)
                        push(value)
                        if arg & 1:
                            push(MISSING)
                    elif opcode == LOAD_ATTR:
                        owner = stack[-1]
                        if arg & 1:
                            method = ops.load_method(owner, names[arg >> 1])
                            if method is MISSING:
                                stack[-1] = _getattr(owner, names[arg >> 1])
                                push(MISSING)
                            else:
                                stack[-1] = method
                                push(owner)
                        else:
                            stack[-1] = _getattr(owner, names[arg >> 1])
                    elif opcode == CALL or opcode == CALL_KW:
                        if opcode == CALL_KW:
                            kwnames = pop()
                        else:
                            kwnames = None
                        base = len(stack) - arg - 2
                        callable_ = stack[base]
                        args = stack[base + 2:] if stack[base + 1] is MISSING else stack[base + 1:]
                        del stack[base:]
                        init_self = None
                        if callable_.__class__ is not Function:
                            if callable_.__class__ is BoundMethod and callable_.func.__class__ is Function:
                                args.insert(0, callable_.self)
                                callable_ = callable_.func
                            elif callable_.__class__ is TypeObject \
                                    and (init := ops.inline_init(callable_)) is not None:
                                init_self = ops.allocate(callable_)
                                args.insert(0, init_self)
                                callable_ = init
                            else:
                                f.lasti = i   # the caller's line, for warnings and _getframe
                                if kwnames:
                                    nkw = len(kwnames)
                                    push(callable_(*args[:-nkw], **dict(zip(kwnames, args[-nkw:]))))
                                else:
                                    push(callable_(*args))
                                continue
                        code = callable_.code
                        d = code._cache
                        # CALL_PY_EXACT_ARGS: exactly the positional parameters of a plain
                        # function (never a generator: simple_argcount is -1 for those).
                        if d is not None and kwnames is None and d.simple_argcount == len(args):
                            args.extend(d.unbound_tail)
                            new = Frame(code, d, callable_.globals, callable_.builtins, None,
                                        args, callable_)
                        else:
                            kwargs = None
                            if kwnames:
                                nkw = len(kwnames)
                                kwargs = dict(zip(kwnames, args[-nkw:]))
                                del args[-nkw:]
                            new = make_frame(callable_, args, kwargs)
                            if code.co_flags & GENERATOR_FLAGS:
                                f.lasti = i   # the line a dropped, never-run coroutine warns at
                                push(make_generator(new, callable_))
                                continue
                            d = new.decoded
                        f.pc = pc
                        f.lasti = i
                        new.back = f
                        # CPython runs an inlined __init__ under a shim frame: two levels.
                        if init_self is None:
                            ts.depth += 1
                        else:
                            new.init_self = init_self
                            ts.depth += 2
                        if ts.depth > ts.limit:
                            ts.depth -= 1
                            raise_error("RecursionError", "maximum recursion depth exceeded")
                        # Switch the loop's host locals to the new frame in place (no trip
                        # through the outer loop, whose reload would redo pc/lasti).
                        ts.frame = f = new
                        instrs = d.instrs
                        fast = new.fast
                        stack = new.stack
                        push = stack.append
                        pop = stack.pop
                        consts = code.co_consts
                        names = code.co_names
                        pc = 0
                        # `args` is the callee's locals list: once it returns, no host local
                        # may keep its frame alive (a generator there would not be finalized)
                        new = args = None
                    elif opcode == POP_TOP:
                        pop()
                    elif opcode == RETURN_VALUE:
                        value = pop()
                        ts.depth -= 1
                        if f is entry:
                            f.lasti = i
                            if f.generator is not None:
                                f.generator = None
                            return value
                        f.lasti = i   # a returned frame reports its return line (f_lineno)
                        init_self = f.init_self
                        f = f.back
                        ts.frame = f
                        if init_self is not None:
                            ts.depth -= 1
                            if value is not None:
                                i = f.lasti
                                raise_type_error(f"__init__() should return None, not "
                                                 f"'{type_of(value).name}'")
                            value = init_self
                        stack = f.stack
                        stack.append(value)
                        push = stack.append
                        pop = stack.pop
                        fast = f.fast
                        instrs = f.decoded.instrs
                        code = f.code
                        consts = code.co_consts
                        names = code.co_names
                        pc = f.pc
                    elif opcode == STORE_FAST_STORE_FAST:
                        fast[arg >> 4] = pop()
                        fast[arg & 15] = pop()
                    elif opcode == STORE_FAST_LOAD_FAST:
                        fast[arg >> 4] = pop()
                        push(fast[arg & 15])
                    elif opcode == LOAD_NAME:
                        push(ops.load_name(f, names[arg]))
                    elif opcode == STORE_NAME:
                        f.locals[names[arg]] = pop()
                    elif opcode == PUSH_NULL:
                        push(MISSING)
                    elif opcode == POP_JUMP_IF_NONE:
                        if pop() is None:
                            pc = arg
                    elif opcode == POP_JUMP_IF_NOT_NONE:
                        if pop() is not None:
                            pc = arg
                    elif opcode == LOAD_FAST_CHECK:
                        value = fast[arg]
                        if value is MISSING:
                            raise ops.unbound_local(f.code, arg)
                        push(value)
                    elif opcode == STORE_ATTR:
                        owner = pop()
                        protocol.setattr_(owner, names[arg], pop())
                    elif opcode == STORE_SUBSCR:
                        key = pop()
                        container = pop()
                        value = pop()
                        try:
                            container[key] = value
                        except (TypeError, IndexError) as exc:
                            abstract.fail(exc, ops.store_subscr_error(exc, container, key, value))
                    elif opcode == GET_ITER:
                        stack[-1] = iter(stack[-1])
                    elif opcode == IS_OP:
                        right = pop()
                        stack[-1] = (stack[-1] is right) is not bool(arg)
                    elif opcode == CONTAINS_OP:
                        container = pop()
                        try:
                            stack[-1] = (stack[-1] in container) is not bool(arg)
                        except TypeError as exc:
                            raise ops.contains_error(exc, container, stack[-1]) from None
                    elif opcode == UNARY_NOT:
                        stack[-1] = not stack[-1]
                    elif opcode == UNARY_NEGATIVE:
                        try:
                            stack[-1] = -stack[-1]
                        except TypeError as exc:
                            abstract.fail(exc, abstract.unary_error(exc, "unary -", stack[-1]))
                    elif opcode == UNARY_INVERT:
                        if stack[-1].__class__ is bool:
                            f.lasti = i
                            stack[-1] = core_warnings.bool_invert(stack[-1])
                        try:
                            stack[-1] = ~stack[-1]
                        except TypeError as exc:
                            abstract.fail(exc, abstract.unary_error(exc, "unary ~", stack[-1]))
                    elif opcode == BUILD_TUPLE:
                        if arg:
                            value = tuple(stack[-arg:])
                            del stack[-arg:]
                            push(value)
                        else:
                            push(())
                    elif opcode == BUILD_LIST:
                        if arg:
                            value = stack[-arg:]
                            del stack[-arg:]
                            push(value)
                        else:
                            push([])
                    elif opcode == LIST_APPEND:
                        value = pop()
                        stack[-arg].append(value)
                    elif opcode == LOAD_DEREF:
                        value = fast[arg].value
                        if value is MISSING:
                            raise ops.unbound_deref(f.code, arg)
                        push(value)
                    elif opcode == STORE_DEREF:
                        fast[arg].value = pop()
                    elif opcode == COPY:
                        push(stack[-arg])
                    elif opcode == SWAP:
                        stack[-1], stack[-arg] = stack[-arg], stack[-1]
                    elif opcode == UNPACK_SEQUENCE:
                        seq = pop()
                        if seq.__class__ is tuple or seq.__class__ is list:
                            if len(seq) != arg:
                                raise ops.unpack_error(seq, arg)
                            stack.extend(seq[::-1])
                        else:
                            stack.extend(ops.unpack_iterable(seq, arg, -1)[::-1])
                    elif opcode == LOAD_FAST_AND_CLEAR:
                        push(fast[arg])
                        fast[arg] = MISSING
                    elif opcode == BUILD_MAP:
                        items = stack[len(stack) - 2 * arg:]
                        del stack[len(stack) - 2 * arg:]
                        push(ops.build_map(items))
                    elif opcode == MAP_ADD:
                        value = pop()
                        key = pop()
                        try:
                            stack[-arg][key] = value
                        except TypeError as exc:
                            raise ops.unhashable(exc, key, "dict key") from None
                    elif opcode == BINARY_SLICE:
                        stop = pop()
                        start_ = pop()
                        try:
                            stack[-1] = stack[-1][start_:stop]
                        except (TypeError, IndexError) as exc:
                            stack[-1] = ops.binary_op_failed(exc, ops.GETITEM, stack[-1],
                                                             slice(start_, stop))
                    elif opcode == STORE_SLICE:
                        stop = pop()
                        start_ = pop()
                        container = pop()
                        value = pop()
                        try:
                            container[start_:stop] = value
                        except (TypeError, IndexError) as exc:
                            abstract.fail(exc, ops.store_subscr_error(exc, container, slice(start_, stop),
                                                                      value))
                    elif opcode == BUILD_SLICE:
                        if arg == 3:
                            step = pop()
                        else:
                            step = None
                        stop = pop()
                        stack[-1] = slice(stack[-1], stop, step)
                    elif opcode == FORMAT_SIMPLE:
                        value = stack[-1]
                        if value.__class__ is not str:
                            stack[-1] = format(value, "")
                    elif opcode == FORMAT_WITH_SPEC:
                        spec = pop()
                        stack[-1] = format(stack[-1], spec)
                    elif opcode == CONVERT_VALUE:
                        stack[-1] = ops.CONVERSIONS[arg](stack[-1])
                    elif opcode == BUILD_STRING:
                        value = "".join(stack[-arg:])
                        del stack[-arg:]
                        push(value)
                    elif opcode == MAKE_FUNCTION:
                        code = stack[-1]
                        stack[-1] = Function(code, f.globals)
                    elif opcode == SET_FUNCTION_ATTRIBUTE:
                        func = pop()
                        ops.set_function_attribute(func, arg, stack[-1])
                        stack[-1] = func
                    elif opcode == MAKE_CELL:
                        value = fast[arg]
                        fast[arg] = Cell(value)
                    elif opcode == COPY_FREE_VARS:
                        closure = f.func.closure
                        fast[len(fast) - arg:] = closure
                    elif opcode == LOAD_BUILD_CLASS:
                        value = f.builtins.get("__build_class__", MISSING)
                        if value is MISSING:
                            raise_error("NameError", "__build_class__ not found")
                        push(value)
                    elif opcode == RETURN_GENERATOR:
                        push(None)
                    elif opcode == YIELD_VALUE:
                        value = pop()
                        f.pc = pc
                        f.lasti = i
                        ts.depth -= 1
                        return value
                    elif opcode == SEND:
                        value = pop()
                        receiver = stack[-1]
                        value, done = ops.send(receiver, value)
                        push(value)
                        if done:
                            pc = arg
                    elif opcode == END_SEND:
                        value = pop()
                        stack[-1] = value
                    elif opcode == GET_YIELD_FROM_ITER:
                        value = stack[-1]
                        if value.__class__ is not Generator:
                            stack[-1] = iter(value)
                    elif opcode == GET_AWAITABLE:
                        stack[-1] = ops.get_awaitable(stack[-1], arg)
                    elif opcode == CLEANUP_THROW:
                        # (no host local keeps an exception: it would outlive the guest's use)
                        if ops.is_instance_of(stack[-1], "StopIteration"):
                            value = protocol.getattr_(stack[-1], "value")
                            del stack[-3:]
                            push(None)
                            push(value)
                        else:
                            reraise = True
                            raise pop()
                    elif opcode == PUSH_EXC_INFO:
                        push(stack[-1])
                        stack[-2] = ts.exc_info
                        ts.exc_info = stack[-1]
                    elif opcode == POP_EXCEPT:
                        ts.exc_info = pop()
                    elif opcode == CHECK_EG_MATCH:
                        match_type = pop()
                        ops.check_except_type(match_type)   # _PyEval_CheckExceptStarTypeValid
                        rest, match = ops.except_star_match(stack[-1], match_type)
                        stack[-1] = rest
                        push(match)
                        if match is not None:
                            ts.exc_info = match
                    elif opcode == CHECK_EXC_MATCH:
                        right = pop()
                        ops.check_except_type(right)
                        push(protocol.isinstance_(stack[-1], right))
                    elif opcode == RERAISE:
                        exc = pop()
                        if arg:
                            f.lasti = stack[-1]
                        reraise = True
                        raise exc
                    elif opcode == RAISE_VARARGS:
                        if arg == 0:
                            exc = ts.exc_info
                            if exc is None:
                                raise_error("RuntimeError", "No active exception to reraise")
                            reraise = True
                            raise exc
                        cause = pop() if arg == 2 else MISSING
                        raise ops.make_raise(pop(), cause)
                    elif opcode == LOAD_SPECIAL:
                        owner = pop()
                        method, self_ = ops.load_special(owner, _SPECIAL[arg])
                        push(method)
                        push(self_)
                    elif opcode == WITH_EXCEPT_START:
                        push(_with_except_start(stack))
                    elif opcode == CALL_FUNCTION_EX:
                        kwargs = pop()
                        callargs = pop()
                        self_or_null = pop()
                        callable_ = stack[-1]
                        f.lasti = i
                        callargs = ops.star_args(callable_, callargs)
                        if self_or_null is not MISSING:
                            callargs = (self_or_null, *callargs)
                        if kwargs is MISSING or not kwargs:
                            stack[-1] = callable_(*callargs)
                        else:
                            stack[-1] = callable_(*callargs, **kwargs)
                    elif opcode == LIST_EXTEND:
                        ops.list_extend(stack[-arg - 1], pop())
                    elif opcode == SET_ADD:
                        value = pop()
                        ops.set_add(stack[-arg], value)
                    elif opcode == SET_UPDATE:
                        value = pop()
                        stack[-arg].update(value)
                    elif opcode == BUILD_SET:
                        value = ops.build_set(stack[len(stack) - arg:])
                        del stack[len(stack) - arg:]
                        push(value)
                    elif opcode == DICT_UPDATE:
                        value = pop()
                        ops.dict_update(stack[-arg], value)
                    elif opcode == DICT_MERGE:
                        value = pop()
                        ops.dict_merge(stack[-arg], value, stack[-arg - 3])
                    elif opcode == UNPACK_EX:
                        seq = pop()
                        stack.extend(ops.unpack_ex(seq, arg & 255, arg >> 8)[::-1])
                    elif opcode == CALL_INTRINSIC_1:
                        stack[-1] = ops.intrinsic_1(arg, stack[-1], f)
                    elif opcode == CALL_INTRINSIC_2:
                        value = pop()
                        stack[-1] = ops.intrinsic_2(arg, stack[-1], value)
                    elif opcode == DELETE_SUBSCR:
                        key = pop()
                        container = pop()
                        try:
                            del container[key]
                        except (TypeError, IndexError) as exc:
                            abstract.fail(exc, ops.delete_subscr_error(exc, container, key))
                    elif opcode == DELETE_FAST:
                        if fast[arg] is MISSING:
                            raise ops.unbound_local(f.code, arg)
                        fast[arg] = MISSING
                    elif opcode == DELETE_NAME:
                        ops.delete_name(f, names[arg])
                    elif opcode == DELETE_ATTR:
                        protocol.setattr_(pop(), names[arg], MISSING)
                    elif opcode == DELETE_DEREF:
                        if fast[arg].value is MISSING:
                            raise ops.unbound_deref(f.code, arg)
                        fast[arg].value = MISSING
                    elif opcode == STORE_GLOBAL:
                        f.globals[names[arg]] = pop()
                    elif opcode == DELETE_GLOBAL:
                        if names[arg] not in f.globals:
                            raise ops.name_error(names[arg])
                        del f.globals[names[arg]]
                    elif opcode == LOAD_SUPER_ATTR:
                        self_ = pop()
                        cls = pop()
                        global_super = stack[-1]
                        method, self_or_null = ops.load_super_attr(global_super, cls, self_,
                                                                   names[arg >> 2], arg & 1)
                        stack[-1] = method
                        if arg & 1:
                            push(self_or_null)
                    elif opcode == LOAD_FROM_DICT_OR_DEREF:
                        mapping = stack[-1]
                        name = f.code.co_localsplusnames[arg]
                        value = mapping.get(name, MISSING) if isinstance(mapping, dict) else MISSING
                        if value is MISSING:
                            value = fast[arg].value
                            if value is MISSING:
                                raise ops.unbound_deref(f.code, arg)
                        stack[-1] = value
                    elif opcode == LOAD_FROM_DICT_OR_GLOBALS:
                        mapping = stack[-1]
                        name = names[arg]
                        value = mapping.get(name, MISSING)
                        if value is MISSING:
                            value = f.globals.get(name, MISSING)
                            if value is MISSING:
                                value = f.builtins.get(name, MISSING)
                                if value is MISSING:
                                    raise ops.name_error(name)
                        stack[-1] = value
                    elif opcode == LOAD_LOCALS:
                        push(f.locals)
                    elif opcode == SETUP_ANNOTATIONS:
                        if "__annotations__" not in f.locals:
                            f.locals["__annotations__"] = {}
                    elif opcode == LOAD_COMMON_CONSTANT:
                        push(ops.common_constant(arg, f))
                    elif opcode == GET_LEN:
                        push(len(stack[-1]))
                    elif opcode == MATCH_SEQUENCE:
                        push(ops.matches_kind(stack[-1], ops.SEQUENCE_TYPES))
                    elif opcode == MATCH_MAPPING:
                        push(ops.matches_kind(stack[-1], ops.MAPPING_TYPES))
                    elif opcode == MATCH_KEYS:
                        push(ops.match_keys(stack[-2], stack[-1]))
                    elif opcode == MATCH_CLASS:
                        attr_names = pop()
                        cls = pop()
                        stack[-1] = ops.match_class(stack[-1], cls, arg, attr_names)
                    elif opcode == IMPORT_NAME:
                        fromlist = pop()
                        stack[-1] = ops.import_name(f, names[arg], fromlist, stack[-1])
                    elif opcode == IMPORT_FROM:
                        push(importer.import_from(stack[-1], names[arg]))
                    elif opcode == BUILD_INTERPOLATION:
                        spec = pop() if arg & 1 else ""
                        expression = pop()
                        stack[-1] = ops.build_interpolation(stack[-1], expression, arg, spec)
                    elif opcode == BUILD_TEMPLATE:
                        interpolations = pop()
                        stack[-1] = ops.build_template(stack[-1], interpolations)
                    elif opcode == GET_AITER:
                        stack[-1] = ops.get_aiter(stack[-1])
                    elif opcode == GET_ANEXT:
                        push(ops.get_anext(stack[-1]))
                    elif opcode == END_ASYNC_FOR:
                        if not ops.is_instance_of(stack[-1], "StopAsyncIteration"):
                            reraise = True
                            raise pop()
                        del stack[-2:]
                    elif opcode == CACHE:
                        raise_error("SystemError", "executing a CACHE entry")
                    elif opcode == INTERRUPT:   # an armed JUMP_BACKWARD (runtime/signals.py)
                        raise_interrupt()
                    else:
                        raise_error("SystemError",
                                    f"pyroboros: opcode {OP.BY_NUMBER[opcode].name} is not implemented")
            except BaseException as raised:
                exc = to_guest(raised)
                # the host frames it crossed would keep it (and through them this frame's
                # `exc`) in a reference cycle: a dropped generator would outlive its last use
                exc.__traceback__ = None
                if not reraise:
                    handled = ts.exc_info
                    # like _PyErr_SetObject, chain only where an exception is raised: not one
                    # thrown into a generator or arriving from a frame below
                    if (handled is not None and handled is not exc
                            and not thrown and (exc.g_tb is None or opcode == RAISE_VARARGS)):
                        ops.chain_context(exc, handled)
                    exc.g_tb = Traceback(exc.g_tb, f, i)
                reraise = thrown = False
                while True:
                    handler = f.decoded.handlers[i]
                    if handler is not None:
                        break
                    ts.depth -= 1 if f.init_self is None else 2
                    f.lasti = i   # a traceback's frame reports the line it failed on
                    # exception_unwind empties the stack of a frame it leaves: kept by the
                    # traceback, the frame must not keep the exception (a cycle) or the rest
                    del f.stack[:]
                    if f is entry:
                        f.generator = None
                        try:
                            raise exc from None
                        finally:
                            exc = error = None   # nor may this host frame, in the host traceback
                    f = f.back
                    ts.frame = f
                    i = f.lasti
                    exc.g_tb = Traceback(exc.g_tb, f, i)
                target, depth, push_lasti = handler
                stack = f.stack
                del stack[depth:]
                if push_lasti:
                    stack.append(i)
                stack.append(exc)
                f.pc = target
                f.lasti = i
                # the handler owns the exception now: no host local keeps it (and the frames
                # of its traceback) alive after the guest drops it
                exc = error = None
    finally:
        ts.frame = entry.back
