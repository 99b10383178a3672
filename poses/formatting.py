def duration(seconds):
    """Seconds as "1 min 30 s", the way pose and routine pages show times."""
    seconds = int(seconds or 0)
    minutes, rest = divmod(seconds, 60)
    if minutes and rest:
        return f"{minutes} min {rest} s"
    if minutes:
        return f"{minutes} min"
    return f"{rest} s"
