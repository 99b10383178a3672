"""Side words in a pose's steps: "step your {front} foot forward" reads right or left.

Steps of a per-side pose are written once, for the first side, with these placeholders; the
pose page and the practice player fill them for the side being practised.
"""

import re

FIRST_SIDE = "right"
OTHER_SIDE = {"right": "left", "left": "right"}

# {front} is the side being worked (the leg forward, the knee bent); {back} is the other one.
_SIDE_WORD = re.compile(r"\{(front|back|Front|Back)\}")


def fill_sides(text, side=FIRST_SIDE):
    """The text with its side words filled for ``side``; the first side unless "left".

    Anything else in braces is left as written, so an instruction can never fail to show.
    """
    side = side if side in OTHER_SIDE else FIRST_SIDE
    words = {"front": side, "back": OTHER_SIDE[side]}

    def word(match):
        name = match.group(1)
        filled = words[name.lower()]
        return filled.capitalize() if name[0].isupper() else filled

    return _SIDE_WORD.sub(word, text)


def has_side_words(text):
    return bool(_SIDE_WORD.search(text))
