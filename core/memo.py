"""What one worker remembers to save a round trip to the database or the shared cache."""


class WorkerMemo(dict):
    """A dict emptied whenever it reaches `limit` entries: everything in it can be read again
    from where it came from, so forgetting costs a read, and memory stays bounded."""

    def __init__(self, limit=10_000):
        super().__init__()
        self.limit = limit

    def keep(self, key, value):
        if len(self) >= self.limit:
            self.clear()
        self[key] = value
        return value
