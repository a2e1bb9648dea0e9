# An error deep in awaited coroutines, driven by hand; the traceback shows each await.
async def leaf():
    return {}["key"]


async def middle():
    return await leaf()


async def top():
    try:
        return await middle()
    except KeyError as e:
        raise LookupError("wrapped") from e


coro = top()
coro.send(None)
