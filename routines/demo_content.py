"""Demo content for editor-curated starter routines.

Plain data only, read by the demo-content loader. Each step is
(pose slug, hold seconds, side, note); side is both/left/right, and per-side poses marked
both are played left then right. Every starter ends on a resting pose and every backbend is
followed by one of its counterposes.
"""

STARTERS = [
    {
        "title": "Four poses to release the psoas",
        "description": (
            "The four poses from our psoas guide, in a safe order: a low lunge to warm the hip "
            "flexors, pigeon to go deeper, camel to open the front of the body and child's pose to "
            "settle. About six minutes. Camel is an intermediate backbend; if it is new to you, "
            "keep your hands on your lower back."
        ),
        "steps": [
            (
                "low-lunge",
                45,
                "both",
                (
                    "Blanket under the back knee. Keep the lower belly gently drawn in so the "
                    "stretch stays in the hip, not the lower back."
                ),
            ),
            (
                "pigeon",
                60,
                "both",
                "Block under the front hip. If the front knee complains, swap for reclined pigeon.",
            ),
            (
                "camel",
                20,
                "both",
                (
                    "Start with your hands on your lower back. Reach for the heels only if that "
                    "feels easy, and keep the neck long."
                ),
            ),
            (
                "childs-pose",
                90,
                "both",
                (
                    "Knees wide, chest on a bolster if you like. Let the breath widen the back of "
                    "the ribs."
                ),
            ),
        ],
    },
    {
        "title": "Gentle ten minutes for beginners",
        "description": (
            "A slow, floor-based routine for beginners and tired days. Nothing is forced: you "
            "rest, strengthen a little, unwind the spine and finish with your legs up the wall and "
            "a final rest. Have a blanket, a cushion and a wall nearby."
        ),
        "steps": [
            (
                "constructive-rest",
                90,
                "both",
                "Knees bent, feet flat. Let the back of the pelvis grow heavy.",
            ),
            ("bridge", 30, "both", "Lift and lower with the breath a few times before holding."),
            (
                "knees-to-chest",
                30,
                "both",
                "Hug the knees in and rock gently to ease the lower back after bridge.",
            ),
            (
                "supine-twist",
                45,
                "both",
                "Rest the knees on a cushion if they do not reach the floor.",
            ),
            (
                "reclined-bound-angle",
                90,
                "both",
                "Cushions under both thighs so there is no strain in the groin.",
            ),
            (
                "legs-up-the-wall",
                120,
                "both",
                "Move the hips away from the wall if the backs of the legs pull.",
            ),
            (
                "corpse",
                120,
                "both",
                "Bolster under the knees, blanket over you. Roll to your side to come up.",
            ),
        ],
    },
    {
        "title": "Desk worker's hip-flexor reset",
        "description": (
            "About eight minutes to undo some of a day's sitting: stand and notice your posture, "
            "lengthen the front of the hips in lunges, move the spine and finish lying down. Start "
            "it in your work clothes; you only need a bit of floor."
        ),
        "steps": [
            (
                "mountain",
                30,
                "both",
                "Notice where your weight sits and let the pelvis rest level.",
            ),
            (
                "high-lunge",
                30,
                "both",
                "Hold a chair back if you need to. Hands on the hips is fine.",
            ),
            ("standing-forward-fold", 30, "both", "Knees well bent; come up slowly, head last."),
            ("cat-cow", 45, "both", "Move slowly with the breath, letting the pelvis lead."),
            (
                "low-lunge",
                45,
                "both",
                "The main stretch: feel the front of the back hip, not the lower back.",
            ),
            ("sphinx", 45, "both", "Elbows under the shoulders, belly heavy on the floor."),
            (
                "childs-pose",
                45,
                "both",
                "Counterpose to sphinx: let the lower back round and rest.",
            ),
            (
                "constructive-rest",
                120,
                "both",
                "Knees bent, feet flat, and let the hip flexors switch off.",
            ),
        ],
    },
]
