"""Demo content for the pose catalogue: categories, muscles, contraindications and poses.

Plain data only, read by the demo-content loader. Slugs cross-reference each other: every
slug used in a pose's categories, stretches, strengthens, counterposes, preparatory and
contraindications must exist in the lists below. Contraindications are
(contraindication slug, severity, guidance) with severity one of avoid, modify, caution.
This is general guidance, not medical advice.
"""

CATEGORIES = [
    {
        "slug": "hip-opener",
        "name": "Hip opener",
        "description": (
            "Poses that take the hip joint through a wide range of movement, easing the muscles "
            "that flex, rotate and draw in the thigh."
        ),
    },
    {
        "slug": "backbend",
        "name": "Backbend",
        "description": (
            "Poses that extend the spine and open the front of the body, lengthening the hip "
            "flexors, abdomen and chest. Deeper backbends are best followed by a neutral or gently "
            "rounding counterpose."
        ),
    },
    {
        "slug": "lunge",
        "name": "Lunge",
        "description": (
            "One leg forward, one leg back. Lunges are the most direct way to lengthen the psoas "
            "and iliacus of the back leg while the front leg works."
        ),
    },
    {
        "slug": "resting",
        "name": "Resting",
        "description": (
            "Supported, low-effort shapes for settling the breath and letting the body unwind. "
            "Good at the start or end of any practice."
        ),
    },
    {
        "slug": "twist",
        "name": "Twist",
        "description": (
            "Poses that rotate the spine. Move into a twist from the ribcage rather than forcing "
            "from the lower back, and keep the breath easy."
        ),
    },
    {
        "slug": "supine",
        "name": "Supine",
        "description": (
            "Poses done lying on your back, with the floor supporting the spine and head."
        ),
    },
    {
        "slug": "standing",
        "name": "Standing",
        "description": (
            "Poses done on your feet that build leg strength, balance and awareness of posture."
        ),
    },
    {
        "slug": "prone",
        "name": "Prone",
        "description": (
            "Poses done lying on your front. Not suitable during pregnancy once the belly is "
            "growing."
        ),
    },
    {
        "slug": "balance",
        "name": "Balance",
        "description": (
            "Poses that ask you to steady yourself on one foot or a small base. Keep a wall or "
            "chair within reach."
        ),
    },
    {
        "slug": "forward-fold",
        "name": "Forward fold",
        "description": (
            "Poses that fold the trunk towards the legs, lengthening the back of the body and "
            "often calming the breath."
        ),
    },
    {
        "slug": "core",
        "name": "Core",
        "description": (
            "Poses that strengthen the muscles of the trunk, including the hip flexors themselves. "
            "A strong psoas is as useful as a supple one."
        ),
    },
    {
        "slug": "kneeling",
        "name": "Kneeling",
        "description": (
            "Poses with one or both knees on the floor. Fold a blanket under the knees if the "
            "floor feels hard."
        ),
    },
    {
        "slug": "inversion",
        "name": "Inversion",
        "description": (
            "Poses that bring the hips above the heart or the head below it. Take care with eye "
            "pressure and blood pressure conditions."
        ),
    },
]

MUSCLES = [
    {
        "slug": "psoas-major",
        "name": "Psoas major",
        "description": (
            "Runs from the sides of the last thoracic and all five lumbar vertebrae, and the discs "
            "between them, down through the pelvis to the lesser trochanter on the inner thigh "
            "bone. It lifts the thigh towards the trunk and helps steady the lower spine."
        ),
    },
    {
        "slug": "iliacus",
        "name": "Iliacus",
        "description": (
            "A fan-shaped muscle lining the inner bowl of the pelvis (the iliac fossa) that joins "
            "the psoas tendon at the lesser trochanter. Together the two are called the iliopsoas, "
            "the strongest flexor of the hip."
        ),
    },
    {
        "slug": "quadriceps",
        "name": "Quadriceps",
        "description": (
            "The four muscles at the front of the thigh that straighten the knee. They steady the "
            "knee whenever we stand, lunge or climb."
        ),
    },
    {
        "slug": "rectus-femoris",
        "name": "Rectus femoris",
        "description": (
            "The one quadriceps muscle that crosses both hip and knee, running from the front of "
            "the pelvis to the kneecap. It helps flex the hip, so it is stretched when the hip "
            "extends with the knee bent, as in a kneeling lunge."
        ),
    },
    {
        "slug": "glutes",
        "name": "Glutes",
        "description": (
            "Gluteus maximus, medius and minimus, which shape the buttock. They extend, rotate and "
            "steady the hip and work in opposition to the hip flexors."
        ),
    },
    {
        "slug": "hamstrings",
        "name": "Hamstrings",
        "description": (
            "Three muscles at the back of the thigh running from the sitting bone to just below "
            "the knee. They bend the knee and extend the hip."
        ),
    },
    {
        "slug": "adductors",
        "name": "Adductors",
        "description": (
            "The inner-thigh group running from the pubic bone to the inner femur. They draw the "
            "legs together and help steady the pelvis when we stand and walk."
        ),
    },
    {
        "slug": "hip-external-rotators",
        "name": "Hip external rotators",
        "description": (
            "Small, deep muscles behind the hip, including piriformis, the obturators, the gemelli "
            "and quadratus femoris. They turn the thigh outwards and keep the head of the thigh "
            "bone snug in its socket."
        ),
    },
    {
        "slug": "abdominals",
        "name": "Abdominals",
        "description": (
            "Rectus abdominis and transversus abdominis at the front of the trunk. They bend the "
            "spine forward, brace the trunk and support the organs and the out-breath."
        ),
    },
    {
        "slug": "obliques",
        "name": "Obliques",
        "description": (
            "The internal and external obliques wrap around the waist. They rotate and side-bend "
            "the trunk and help brace it."
        ),
    },
    {
        "slug": "erector-spinae",
        "name": "Erector spinae",
        "description": (
            "Long columns of muscle on either side of the spine, from the pelvis to the base of "
            "the skull. They extend the back and hold us upright."
        ),
    },
    {
        "slug": "latissimus-dorsi",
        "name": "Latissimus dorsi",
        "description": (
            "A broad, flat muscle running from the lower back and pelvis to the upper arm. It "
            "draws the arm down and back and stretches when the arms reach overhead."
        ),
    },
    {
        "slug": "chest",
        "name": "Chest",
        "description": (
            "Pectoralis major and minor across the front of the ribcage. They draw the arms across "
            "the body, and when short they pull the shoulders forward."
        ),
    },
    {
        "slug": "shoulders",
        "name": "Shoulders",
        "description": (
            "The deltoids and the rotator cuff, which wrap the shoulder joint. They lift, turn and "
            "steady the arm."
        ),
    },
    {
        "slug": "calves",
        "name": "Calves",
        "description": (
            "Gastrocnemius and soleus at the back of the lower leg, meeting in the Achilles "
            "tendon. They point the foot and push us off the ground with every step."
        ),
    },
    {
        "slug": "diaphragm",
        "name": "Diaphragm",
        "description": (
            "The dome-shaped breathing muscle beneath the ribs. Its rear fibres anchor to the "
            "upper lumbar vertebrae, and a ligament at its edge arches over the top of the psoas, "
            "which is why the two are often discussed together."
        ),
    },
    {
        "slug": "neck",
        "name": "Neck",
        "description": (
            "The muscles at the front, sides and back of the neck, such as the "
            "sternocleidomastoid, scalenes and upper trapezius. They move the head and hold it "
            "balanced on the spine."
        ),
    },
]

CONTRAINDICATIONS = [
    {
        "slug": "knee-injury",
        "name": "Knee injury",
        "description": (
            "A current or recent knee injury, knee surgery, or knees that hurt when fully bent or "
            "knelt on."
        ),
    },
    {
        "slug": "lower-back-injury",
        "name": "Lower back injury",
        "description": (
            "A current or recent lower back injury, disc problem, or back pain that worsens with "
            "arching or rounding the spine."
        ),
    },
    {
        "slug": "neck-injury",
        "name": "Neck injury",
        "description": (
            "A neck injury, whiplash, disc problem in the neck, or pain or tingling when the head "
            "tips back or turns."
        ),
    },
    {
        "slug": "shoulder-injury",
        "name": "Shoulder injury",
        "description": (
            "A shoulder injury, rotator cuff problem, dislocation, or pain when lifting the arms "
            "overhead or bearing weight on them."
        ),
    },
    {
        "slug": "pregnancy",
        "name": "Pregnancy",
        "description": (
            "Any stage of pregnancy. Lying on the belly, deep twists, strong core work and lying "
            "flat on the back for long after the first trimester all need changing or leaving out."
        ),
    },
    {
        "slug": "high-blood-pressure",
        "name": "High blood pressure",
        "description": (
            "High blood pressure (hypertension), treated or not. Avoid holding the breath, and "
            "take care with inversions, strong backbends and long holds with the arms overhead."
        ),
    },
    {
        "slug": "low-blood-pressure",
        "name": "Low blood pressure",
        "description": (
            "Low blood pressure or a tendency to feel dizzy or light-headed, especially when "
            "standing up or coming out of forward folds."
        ),
    },
    {
        "slug": "hip-replacement",
        "name": "Hip replacement",
        "description": (
            "A hip replacement or hip resurfacing. Follow the movement limits your surgeon or "
            "physiotherapist has given you, which depend on how the operation was done."
        ),
    },
    {
        "slug": "sacroiliac-pain",
        "name": "Sacroiliac pain",
        "description": (
            "Pain or instability at the sacroiliac joints, where the base of the spine meets the "
            "pelvis, often felt as a one-sided ache low in the back or buttock."
        ),
    },
    {
        "slug": "wrist-injury",
        "name": "Wrist injury",
        "description": (
            "A wrist injury, carpal tunnel syndrome, or wrist pain when bearing weight on the "
            "hands."
        ),
    },
    {
        "slug": "glaucoma",
        "name": "Glaucoma",
        "description": (
            "Glaucoma, a detached retina, or other conditions where raised pressure in the eyes is "
            "a concern. Head-down positions and inversions may raise eye pressure."
        ),
    },
    {
        "slug": "recent-abdominal-surgery",
        "name": "Recent abdominal surgery",
        "description": (
            "Surgery on the abdomen in the past few months, including a caesarean section or "
            "hernia repair. Stretching or loading the belly should wait for clearance from your "
            "surgeon."
        ),
    },
    {
        "slug": "balance-problems",
        "name": "Balance problems",
        "description": (
            "Dizziness, vertigo, unsteadiness or a recent fall. Balancing poses are still possible "
            "with a wall or chair for support."
        ),
    },
]

POSES = [
    {
        "slug": "pigeon",
        "english_name": "Pigeon pose",
        "sanskrit_name": "Eka Pada Rājakapotāsana",
        "aliases": ["Kapotasana", "Half pigeon", "Sleeping pigeon", "One-legged king pigeon"],
        "difficulty": "intermediate",
        "categories": ["hip-opener", "prone"],
        "stretches": [
            "psoas-major",
            "iliacus",
            "rectus-femoris",
            "hip-external-rotators",
            "glutes",
        ],
        "strengthens": [],
        "summary": (
            "A deep hip opener that stretches the outer hip of the front leg and the hip flexors "
            "of the back leg."
        ),
        "steps": [
            "Come onto all fours with your hands slightly ahead of your shoulders.",
            (
                "Slide your right knee forward to just behind your right wrist and let your right "
                "shin angle across the mat, with the right foot somewhere in front of the left hip."
            ),
            (
                "Slide your left leg straight back so the front of the thigh rests on the floor "
                "and the top of the foot points straight behind you."
            ),
            (
                "Lower your hips towards the floor, keeping them level; if the right hip stays "
                "high, slip a block or folded blanket under it."
            ),
            (
                "Stay upright on your hands to feel the front of the back hip, or walk your hands "
                "forward and rest your forearms or forehead down for the sleeping version."
            ),
            (
                "Breathe slowly for up to a minute, then press back to hands and knees and repeat "
                "with the left leg forward."
            ),
        ],
        "benefits": (
            "Pigeon lengthens the deep rotators and glutes of the front hip while the back leg "
            "stretches the psoas, iliacus and rectus femoris. Many people find the folded, "
            "sleeping version a quiet, inward-turning place to breathe."
        ),
        "modifications": (
            "Tuck the front heel closer to the groin to lessen the angle on the knee, and put a "
            "block or thick blanket under the front hip so the pelvis stays level. If the front "
            "knee complains at all, practise reclined pigeon on your back instead."
        ),
        "props": (
            "A block or folded blanket under the front hip; a bolster or block under the forehead "
            "or chest in the folded version."
        ),
        "default_hold_seconds": 60,
        "per_side": True,
        "figure": {
            "torso": 5,
            "spine": 25,
            "neck": 10,
            "hip_near": 97,
            "knee_near": 170,
            "ankle_near": 90,
            "hip_far": -65.5,
            "ankle_far": 90,
            "shoulder_near": 22,
            "shoulder_far": 22,
            "blocks": ["hand_near"],
            "shin_near_turn": 50,
        },
        "counterposes": ["childs-pose", "downward-dog"],
        "preparatory": ["low-lunge", "reclined-pigeon"],
        "contraindications": [
            (
                "knee-injury",
                "modify",
                (
                    "Practise reclined pigeon on your back instead, so the front knee carries no "
                    "weight and you control the depth with your hands."
                ),
            ),
            (
                "sacroiliac-pain",
                "caution",
                (
                    "Support the front hip with a block so the pelvis stays level and does not "
                    "twist; come out if you feel a sharp ache at the back of the pelvis."
                ),
            ),
            (
                "hip-replacement",
                "avoid",
                (
                    "Do not practise full pigeon unless your surgeon or physiotherapist has "
                    "cleared this range; a gentle reclined figure-four within your limits is "
                    "usually a safer choice."
                ),
            ),
            (
                "pregnancy",
                "modify",
                (
                    "Stay upright on your hands or on a bolster rather than folding onto the "
                    "belly, and keep plenty of support under the front hip, as pregnancy hormones "
                    "loosen the joints."
                ),
            ),
        ],
    },
    {
        "slug": "reclined-pigeon",
        "english_name": "Reclined pigeon",
        "sanskrit_name": "Sūcirandhrāsana",
        "aliases": [
            "Eye of the needle",
            "Figure four",
            "Supta Kapotasana",
            "Thread the needle (reclined)",
        ],
        "difficulty": "beginner",
        "categories": ["hip-opener", "supine"],
        "stretches": ["hip-external-rotators", "glutes"],
        "strengthens": [],
        "summary": (
            "The gentle, on-your-back version of pigeon, with the depth entirely in your hands."
        ),
        "steps": [
            "Lie on your back with knees bent and feet flat on the floor, hip-width apart.",
            (
                "Cross your right ankle over your left thigh, just above the knee, and let the "
                "right knee fall out to the side. Flex the right foot to protect the knee."
            ),
            "Stay here if you already feel a stretch in the right buttock and outer hip.",
            (
                "For more, lift the left foot off the floor and thread your right hand between "
                "your thighs to hold the back of the left thigh or the shin, then draw the legs "
                "gently towards you."
            ),
            (
                "Keep the head and shoulders relaxed on the floor and breathe slowly; release and "
                "repeat on the other side."
            ),
        ],
        "benefits": (
            "Releases the outer hip and the deep rotators without putting any weight on the knee. "
            "Because you control the pull with your hands, it is an easy pose to keep gentle, and "
            "it is a good preparation for full pigeon."
        ),
        "modifications": (
            "Keep the supporting foot on the floor, or press it against a wall, for a milder "
            "stretch. A strap around the back of the thigh helps if you cannot reach comfortably, "
            "and a folded blanket under the head keeps the neck soft."
        ),
        "props": "A strap around the back of the thigh; a folded blanket under the head.",
        "default_hold_seconds": 60,
        "per_side": True,
        "figure": {
            "torso": -90,
            "hip_near": 120,
            "knee_near": 100,
            "hip_far": 80,
            "knee_far": 80,
            "shoulder_near": 30,
            "shoulder_far": 30,
            "thigh_near_turn": 40,
        },
        "counterposes": ["knees-to-chest"],
        "preparatory": ["constructive-rest"],
        "contraindications": [
            (
                "hip-replacement",
                "caution",
                (
                    "Keep the stretch light and the thigh no closer to the chest than your surgeon "
                    "allows; leave the supporting foot on the floor."
                ),
            ),
            (
                "knee-injury",
                "caution",
                (
                    "Keep the crossed foot flexed and the ankle on the thigh, not the knee; ease "
                    "off if you feel any pinching in either knee."
                ),
            ),
            (
                "pregnancy",
                "modify",
                (
                    "After the first trimester, raise your head and upper back on a bolster rather "
                    "than lying flat, or do the same shape seated on a chair with one ankle "
                    "resting on the opposite knee."
                ),
            ),
        ],
    },
    {
        "slug": "low-lunge",
        "english_name": "Low lunge",
        "sanskrit_name": "Āñjaneyāsana",
        "aliases": ["Anjaneyasana", "Crescent moon pose", "Kneeling lunge"],
        "difficulty": "beginner",
        "categories": ["lunge", "hip-opener", "kneeling"],
        "stretches": ["psoas-major", "iliacus", "rectus-femoris", "quadriceps"],
        "strengthens": ["quadriceps", "glutes"],
        "summary": (
            "A kneeling lunge and the most direct way to lengthen the psoas and iliacus of the "
            "back leg."
        ),
        "steps": [
            (
                "From hands and knees, step your right foot forward between your hands so the "
                "right knee sits over the right ankle."
            ),
            (
                "Slide the left knee back until you feel a gentle stretch at the front of the left "
                "hip, and rest the top of the left foot on the floor."
            ),
            (
                "Bring your hands to your front thigh or hips and lift your chest so your "
                "shoulders stack over your hips."
            ),
            (
                "Draw your tailbone gently down and your lower belly slightly in, then let the "
                "hips ease forward a little; the stretch should be at the front of the back hip, "
                "not the lower back."
            ),
            (
                "If you feel steady, reach your arms overhead. Breathe for several slow breaths, "
                "then step back and repeat on the other side."
            ),
        ],
        "benefits": (
            "Lengthens the psoas, iliacus and rectus femoris of the back leg, which shorten with "
            "long hours of sitting, while the front leg and glutes work. It also asks for balance "
            "and steadiness through the pelvis."
        ),
        "modifications": (
            "Put a folded blanket under the back knee and keep the hands on blocks either side of "
            "the front foot. Take a shorter stride, or keep the hips further back, to soften the "
            "stretch."
        ),
        "props": "A folded blanket under the back knee; two blocks under the hands.",
        "default_hold_seconds": 45,
        "per_side": True,
        "figure": {
            "torso": -5,
            "spine": 15,
            "neck": 15,
            "hip_near": 95,
            "knee_near": 93,
            "hip_far": -22,
            "knee_far": 65,
            "ankle_far": 90,
            "shoulder_near": 155,
            "shoulder_far": 155,
        },
        "counterposes": ["childs-pose"],
        "preparatory": ["cat-cow", "constructive-rest"],
        "contraindications": [
            (
                "knee-injury",
                "modify",
                (
                    "Pad the back knee with a thick folded blanket, or practise high lunge with "
                    "the back knee lifted; keep the front knee over the ankle, never beyond the "
                    "toes."
                ),
            ),
            (
                "lower-back-injury",
                "caution",
                (
                    "Keep the lower belly gently drawn in and the tailbone lengthening down so the "
                    "stretch stays in the hip rather than the lower back; keep the arms on the "
                    "hips."
                ),
            ),
            (
                "high-blood-pressure",
                "caution",
                (
                    "Keep your hands on your hips or thigh rather than overhead, and breathe "
                    "freely without holding the breath."
                ),
            ),
        ],
    },
    {
        "slug": "high-lunge",
        "english_name": "High lunge",
        "sanskrit_name": "Aṣṭa Candrāsana",
        "aliases": ["Crescent lunge", "Ashta Chandrasana", "Alanasana"],
        "difficulty": "beginner",
        "categories": ["lunge", "standing"],
        "stretches": ["psoas-major", "iliacus", "calves"],
        "strengthens": ["quadriceps", "glutes", "hamstrings"],
        "summary": (
            "A standing lunge with the back knee lifted that stretches the back hip while "
            "strengthening both legs."
        ),
        "steps": [
            (
                "Stand at the front of your mat and step your left foot a long stride back, onto "
                "the ball of the foot."
            ),
            (
                "Bend the right knee until it is over the right ankle; keep the left leg straight "
                "and active with the heel lifted."
            ),
            (
                "Point both hip bones forward and draw the lower belly gently in so the pelvis "
                "does not tip forward."
            ),
            "Lift your chest and reach your arms overhead, shoulders soft and away from the ears.",
            (
                "Breathe steadily for several breaths, then step forward and repeat with the left "
                "foot in front."
            ),
        ],
        "benefits": (
            "Stretches the hip flexors of the back leg while building strength in the front thigh "
            "and glutes. It is a good standing alternative to the low lunge for anyone who cannot "
            "kneel."
        ),
        "modifications": (
            "Keep your hands on your hips or on a chair back for balance, shorten the stride, or "
            "lower the back knee to the floor for a low lunge. Bend the back knee slightly if the "
            "back calf feels strained."
        ),
        "props": "A chair or wall within reach for balance.",
        "default_hold_seconds": 30,
        "per_side": True,
        "figure": {
            "torso": 5,
            "hip_near": 90,
            "knee_near": 90,
            "hip_far": -58,
            "shoulder_near": 160,
            "shoulder_far": 160,
        },
        "counterposes": ["standing-forward-fold"],
        "preparatory": ["mountain", "low-lunge"],
        "contraindications": [
            (
                "knee-injury",
                "modify",
                (
                    "Take a shorter stride and bend the front knee only as far as is comfortable, "
                    "keeping it over the ankle rather than the toes."
                ),
            ),
            (
                "high-blood-pressure",
                "caution",
                "Keep the hands on the hips instead of overhead and keep the breath flowing.",
            ),
            (
                "balance-problems",
                "modify",
                "Practise beside a wall or hold the back of a sturdy chair with one hand.",
            ),
        ],
    },
    {
        "slug": "revolved-low-lunge",
        "english_name": "Revolved low lunge",
        "sanskrit_name": "Parivṛtta Āñjaneyāsana",
        "aliases": ["Twisted crescent lunge", "Revolved crescent lunge", "Twisting lunge"],
        "difficulty": "intermediate",
        "categories": ["lunge", "twist", "kneeling"],
        "stretches": ["psoas-major", "iliacus", "obliques", "erector-spinae"],
        "strengthens": ["obliques", "quadriceps"],
        "summary": (
            "A low lunge with a twist towards the front leg, lengthening the hip flexors and the "
            "sides of the waist."
        ),
        "steps": [
            "Come into a low lunge with your right foot forward and your left knee on a blanket.",
            (
                "Bring your palms together at the centre of your chest and lengthen up through the "
                "crown of the head."
            ),
            (
                "Exhale and turn your chest towards the right, hooking your left elbow outside "
                "your right thigh, or rest your left hand on a block inside the right foot."
            ),
            (
                "Keep the hips level and facing forward, the neck in line with the spine, and turn "
                "from the ribcage rather than the lower back."
            ),
            (
                "Stay for a few breaths, lengthening on each in-breath and turning a little on "
                "each out-breath, then unwind slowly and repeat on the other side."
            ),
        ],
        "benefits": (
            "Combines the hip-flexor stretch of the low lunge with a rotation that stretches the "
            "obliques and muscles along the spine. Twisting while grounded through the back knee "
            "keeps it steadier than the standing version."
        ),
        "modifications": (
            "Keep the back knee down and the hands on blocks, and turn only the chest while "
            "keeping the hands together. Rest the lower hand on a block beside the front foot "
            "rather than hooking the elbow."
        ),
        "props": "A folded blanket under the back knee; a block for the lower hand.",
        "default_hold_seconds": 30,
        "per_side": True,
        "figure": {
            "torso": 40,
            "spine": -10,
            "hip_near": 125,
            "knee_near": 90,
            "hip_far": 0,
            "knee_far": 55,
            "ankle_far": 90,
            "shoulder_near": 30,
            "elbow_near": 120,
            "shoulder_far": 30,
            "elbow_far": 120,
        },
        "counterposes": ["childs-pose"],
        "preparatory": ["low-lunge", "supine-twist"],
        "contraindications": [
            (
                "pregnancy",
                "modify",
                (
                    "Twist away from the front leg (an open twist) so the belly is never "
                    "compressed, and keep the movement small."
                ),
            ),
            (
                "lower-back-injury",
                "caution",
                (
                    "Turn only as far as the upper back allows without straining the lower back; "
                    "keep the hips square."
                ),
            ),
            (
                "knee-injury",
                "modify",
                (
                    "Pad the back knee generously, or practise the twist with a chair instead of "
                    "kneeling."
                ),
            ),
            (
                "recent-abdominal-surgery",
                "avoid",
                "Leave twists out until your surgeon confirms that the abdominal wall has healed.",
            ),
        ],
    },
    {
        "slug": "warrior-one",
        "english_name": "Warrior I",
        "sanskrit_name": "Vīrabhadrāsana I",
        "aliases": ["Warrior one", "Virabhadrasana 1"],
        "difficulty": "beginner",
        "categories": ["standing", "lunge"],
        "stretches": ["psoas-major", "iliacus", "calves", "chest"],
        "strengthens": ["quadriceps", "glutes", "shoulders"],
        "summary": (
            "A grounded standing lunge with the back heel down that opens the front of the back "
            "hip."
        ),
        "steps": [
            "Stand at the front of your mat and step your left foot about a leg's length back.",
            (
                "Turn the left foot out about 45 degrees and press the whole back heel down; keep "
                "your feet about hip-width apart side to side, not on a tightrope."
            ),
            "Bend the right knee towards a right angle, keeping it over the ankle.",
            (
                "Turn both hips as far towards the front as is comfortable and lengthen the "
                "tailbone down."
            ),
            (
                "Reach your arms overhead with shoulders relaxed. Breathe for several breaths, "
                "then step forward and change sides."
            ),
        ],
        "benefits": (
            "Builds strength in the legs and glutes while stretching the psoas and calf of the "
            "back leg. Reaching the arms up also lengthens the front of the body and the shoulders."
        ),
        "modifications": (
            "Shorten the stance and widen the feet side to side if the hips will not turn forward. "
            "Keep the hands on the hips, or lift the back heel and practise high lunge instead."
        ),
        "props": "A wall or chair for balance.",
        "default_hold_seconds": 30,
        "per_side": True,
        "figure": {
            "torso": 0,
            "spine": 10,
            "neck": 10,
            "hip_near": 90,
            "knee_near": 85,
            "hip_far": -45,
            "ankle_far": -40,
            "shoulder_near": 160,
            "shoulder_far": 160,
        },
        "counterposes": ["standing-forward-fold"],
        "preparatory": ["mountain", "high-lunge"],
        "contraindications": [
            (
                "knee-injury",
                "modify",
                (
                    "Bend the front knee less and keep it tracking over the second toe, never "
                    "collapsing inwards."
                ),
            ),
            (
                "shoulder-injury",
                "modify",
                "Keep your hands on your hips or at heart centre instead of overhead.",
            ),
            (
                "high-blood-pressure",
                "caution",
                (
                    "Keep the arms lower and avoid holding the breath; come out if you feel "
                    "pressure in the head."
                ),
            ),
        ],
    },
    {
        "slug": "warrior-two",
        "english_name": "Warrior II",
        "sanskrit_name": "Vīrabhadrāsana II",
        "aliases": ["Warrior two", "Virabhadrasana 2"],
        "difficulty": "beginner",
        "categories": ["standing", "hip-opener"],
        "stretches": ["adductors", "chest"],
        "strengthens": ["quadriceps", "glutes", "hip-external-rotators", "shoulders"],
        "summary": (
            "A wide standing pose with the hips open to the side that builds leg strength and "
            "stamina."
        ),
        "steps": [
            (
                "Stand with your feet wide apart, about a leg's length, facing the long side of "
                "your mat."
            ),
            (
                "Turn your right foot out 90 degrees and your left foot in slightly; line up the "
                "right heel with the arch of the left foot."
            ),
            (
                "Bend the right knee towards a right angle, keeping it over the ankle and pointing "
                "towards the middle toes."
            ),
            (
                "Stretch your arms out at shoulder height and look over your right hand, keeping "
                "your trunk upright over the pelvis."
            ),
            (
                "Breathe steadily, then straighten the right leg, turn the feet and repeat on the "
                "other side."
            ),
        ],
        "benefits": (
            "Strengthens the legs, glutes and deep hip rotators while stretching the inner thighs. "
            "It is a steady, strong shape for building endurance and awareness of the pelvis."
        ),
        "modifications": (
            "Shorten the stance and bend the front knee less. Rest the hands on the hips if the "
            "shoulders tire, or practise sitting on a chair with one thigh supported."
        ),
        "props": "A chair under the front thigh if standing is tiring.",
        "default_hold_seconds": 30,
        "per_side": True,
        "figure": {
            "torso": 0,
            "hip_near": 90,
            "knee_near": 90,
            "hip_far": -50,
            "ankle_far": -40,
            "shoulder_near": 90,
            "shoulder_far": -90,
        },
        "counterposes": ["mountain"],
        "preparatory": ["mountain"],
        "contraindications": [
            (
                "knee-injury",
                "modify",
                (
                    "Bend the front knee only a little and make sure it points over the middle of "
                    "the foot, not inwards."
                ),
            ),
            (
                "shoulder-injury",
                "modify",
                "Keep the hands on the hips instead of holding the arms out.",
            ),
            (
                "neck-injury",
                "modify",
                "Look straight ahead rather than turning your head over the front hand.",
            ),
        ],
    },
    {
        "slug": "lizard",
        "english_name": "Lizard pose",
        "sanskrit_name": "Utthan Pṛṣṭhāsana",
        "aliases": ["Utthan Pristhasana", "Lizard lunge"],
        "difficulty": "intermediate",
        "categories": ["lunge", "hip-opener"],
        "stretches": ["psoas-major", "iliacus", "adductors", "hamstrings", "glutes"],
        "strengthens": [],
        "summary": (
            "A deep, low lunge with the hands inside the front foot that opens the groin and the "
            "front of the back hip."
        ),
        "steps": [
            (
                "From downward dog or hands and knees, step your right foot forward to the outside "
                "of your right hand."
            ),
            (
                "Lower the left knee to a blanket and slide it back until you feel a stretch at "
                "the front of the left hip."
            ),
            (
                "Walk the right foot slightly wider and turn the toes out a little, keeping the "
                "right knee over the ankle."
            ),
            (
                "Stay on your hands, or lower your forearms onto a block or bolster inside the "
                "front foot."
            ),
            (
                "Breathe for up to a minute, then come back onto your hands, step back and change "
                "sides."
            ),
        ],
        "benefits": (
            "Stretches the hip flexors of the back leg together with the inner thigh and buttock "
            "of the front leg, making it one of the most thorough hip openers. It is a good next "
            "step once the low lunge feels easy."
        ),
        "modifications": (
            "Keep your hands on blocks and the back knee down on a thick blanket. Let the front "
            "knee fall slightly out to the side for a gentler version."
        ),
        "props": (
            "A folded blanket under the back knee; one or two blocks for the hands or forearms."
        ),
        "default_hold_seconds": 45,
        "per_side": True,
        "figure": {
            "torso": 105,
            "hip_near": 175,
            "knee_near": 80,
            "hip_far": 55,
            "knee_far": 40,
            "ankle_far": 90,
            "shoulder_near": 105,
            "elbow_near": 90,
            "shoulder_far": 105,
            "elbow_far": 90,
        },
        "counterposes": ["childs-pose", "downward-dog"],
        "preparatory": ["low-lunge"],
        "contraindications": [
            (
                "knee-injury",
                "modify",
                (
                    "Pad the back knee well and keep the front knee directly over the ankle; skip "
                    "the pose if kneeling is painful."
                ),
            ),
            (
                "hip-replacement",
                "avoid",
                (
                    "The deep flexion and rotation in the front hip may go beyond your safe range; "
                    "choose low lunge unless your surgeon has cleared it."
                ),
            ),
            (
                "wrist-injury",
                "modify",
                (
                    "Rest your forearms on a block or bolster, or your fists on blocks, instead of "
                    "bearing weight on flat hands."
                ),
            ),
        ],
    },
    {
        "slug": "half-frog",
        "english_name": "Half frog pose",
        "sanskrit_name": "Ardha Bhekāsana",
        "aliases": ["Ardha Bhekasana", "Half frog"],
        "difficulty": "intermediate",
        "categories": ["backbend", "prone"],
        "stretches": ["quadriceps", "rectus-femoris", "psoas-major", "iliacus", "chest"],
        "strengthens": ["erector-spinae"],
        "summary": (
            "A lying-down backbend that stretches the front of one thigh and hip by drawing the "
            "heel towards the buttock."
        ),
        "steps": [
            "Lie on your front and come up onto your forearms, elbows under your shoulders.",
            (
                "Keep your left forearm on the floor, parallel to the front of the mat, to support "
                "you."
            ),
            (
                "Bend your right knee and reach back with your right hand to hold the top of the "
                "right foot."
            ),
            (
                "Gently draw the heel towards the outside of the right hip, keeping the knee in "
                "line with the hip and the pelvis pressing evenly into the floor."
            ),
            (
                "Hold for a few breaths without forcing, release the foot slowly and repeat on the "
                "other side."
            ),
        ],
        "benefits": (
            "Stretches the quadriceps, rectus femoris and hip flexors of the bent leg, while the "
            "back muscles work to hold the chest up. Working one side at a time lets you notice "
            "and even out differences between the legs."
        ),
        "modifications": (
            "Loop a strap around the foot so you do not have to reach, and draw the heel only as "
            "far as is comfortable. Rest the forehead on the supporting hand instead of lifting "
            "the chest."
        ),
        "props": "A strap around the foot; a folded blanket under the hips.",
        "default_hold_seconds": 30,
        "per_side": True,
        "figure": {
            "torso": 65,
            "spine": 30,
            "hip_near": -10,
            "knee_near": 150,
            "ankle_near": 90,
            "hip_far": -10,
            "ankle_far": 90,
            "shoulder_near": -40,
            "elbow_near": 10,
            "shoulder_far": 50,
            "elbow_far": 90,
        },
        "counterposes": ["childs-pose"],
        "preparatory": ["sphinx", "low-lunge"],
        "contraindications": [
            (
                "knee-injury",
                "avoid",
                (
                    "Deep knee bending under a pulling hand can strain an injured knee; stretch "
                    "the hip flexors in a low lunge with a padded knee instead."
                ),
            ),
            (
                "pregnancy",
                "avoid",
                (
                    "Lying on the belly is not suitable in pregnancy; try a side-lying quad "
                    "stretch or a supported low lunge."
                ),
            ),
            (
                "lower-back-injury",
                "caution",
                "Keep the chest low, resting on the forearm, so the lower back is not pinched.",
            ),
            ("shoulder-injury", "modify", "Use a strap rather than reaching back for the foot."),
        ],
    },
    {
        "slug": "camel",
        "english_name": "Camel pose",
        "sanskrit_name": "Uṣṭrāsana",
        "aliases": ["Ustrasana"],
        "difficulty": "intermediate",
        "categories": ["backbend", "kneeling"],
        "stretches": [
            "psoas-major",
            "iliacus",
            "rectus-femoris",
            "quadriceps",
            "abdominals",
            "chest",
            "shoulders",
        ],
        "strengthens": ["erector-spinae", "glutes", "hamstrings"],
        "summary": (
            "A kneeling backbend that opens the whole front of the body from the thighs to the "
            "throat."
        ),
        "steps": [
            (
                "Kneel upright, knees about as wide as your hips and the tops of the feet on the "
                "floor, or tuck the toes under to raise the heels."
            ),
            (
                "Place your hands on the back of your pelvis, fingers pointing down, and keep your "
                "hips stacked over your knees."
            ),
            (
                "Inhale and lift your chest up towards the ceiling, drawing the shoulder blades "
                "together and down."
            ),
            (
                "If it feels easy, begin to arch back and reach for your heels one hand at a time, "
                "keeping the hips moving forward."
            ),
            (
                "Keep the neck long, with the chin slightly tucked, or let the head tip back only "
                "if your neck is comfortable."
            ),
            (
                "To come out, bring the hands back to the pelvis, lead with the chest and rise "
                "slowly, then rest in child's pose."
            ),
        ],
        "benefits": (
            "Stretches the hip flexors, quadriceps, abdomen and chest while strengthening the back "
            "and glutes. Many people find it energising, and it is a useful counterbalance to "
            "hours spent rounded over a desk."
        ),
        "modifications": (
            "Keep your hands on your lower back and lift the chest without dropping back, or tuck "
            "the toes under so the heels come closer. Blocks beside the ankles give your hands a "
            "higher place to land."
        ),
        "props": "A folded blanket under the knees; two blocks beside the ankles.",
        "default_hold_seconds": 20,
        "per_side": False,
        "figure": {
            "torso": -50,
            "spine": 40,
            "neck": 40,
            "hip_near": -35,
            "knee_near": 103,
            "ankle_near": 0,
            "hip_far": -35,
            "knee_far": 103,
            "ankle_far": 0,
            "shoulder_near": -75,
            "shoulder_far": -75,
        },
        "counterposes": ["childs-pose", "knees-to-chest"],
        "preparatory": ["low-lunge", "cat-cow", "bridge", "cobra"],
        "contraindications": [
            (
                "neck-injury",
                "modify",
                (
                    "Keep the chin gently tucked and the head in line with the spine; do not let "
                    "the head drop back."
                ),
            ),
            (
                "lower-back-injury",
                "avoid",
                (
                    "Deep backbends can aggravate an injured lower back; practise bridge or low "
                    "lunge instead until a health professional says otherwise."
                ),
            ),
            (
                "high-blood-pressure",
                "caution",
                (
                    "Stay with the hands on the lower back, keep the breath flowing and come up "
                    "slowly if you feel pressure in the head."
                ),
            ),
            (
                "knee-injury",
                "modify",
                (
                    "Place a thick folded blanket under the knees, or practise the same chest "
                    "opening standing with your hands on your lower back."
                ),
            ),
        ],
    },
    {
        "slug": "childs-pose",
        "english_name": "Child's pose",
        "sanskrit_name": "Bālāsana",
        "aliases": ["Balasana", "Child pose", "Extended child's pose"],
        "difficulty": "beginner",
        "categories": ["resting", "kneeling", "forward-fold"],
        "stretches": ["erector-spinae", "glutes", "latissimus-dorsi", "quadriceps"],
        "strengthens": [],
        "summary": (
            "A folded, resting shape that lets the back broaden and the breath slow down; the "
            "classic counterpose to backbends."
        ),
        "steps": [
            "Kneel on the floor, big toes touching, and sit back towards your heels.",
            (
                "Let your knees stay together or part them to the width of the mat, whichever is "
                "more comfortable for your belly and hips."
            ),
            "Exhale and fold forward, resting your forehead on the floor, a block or a cushion.",
            (
                "Stretch your arms forward with palms down, or rest them alongside your body with "
                "palms up."
            ),
            (
                "Breathe into the back of the ribs and stay as long as you like; to come up, walk "
                "the hands back and rise slowly."
            ),
        ],
        "benefits": (
            "Gently lengthens the back, hips and thighs and gives the body a rest between stronger "
            "poses. Many people find that breathing into the back of the ribs here is calming."
        ),
        "modifications": (
            "Place a bolster or pillows lengthways under the chest and a folded blanket between "
            "the buttocks and heels. If kneeling is uncomfortable, lie on your back and hug the "
            "knees in instead."
        ),
        "props": (
            "A bolster under the chest; a blanket between buttocks and heels or under the ankles; "
            "a block under the forehead."
        ),
        "default_hold_seconds": 60,
        "per_side": False,
        "figure": {
            "torso": 110,
            "spine": -50,
            "neck": 33,
            "hip_near": 135,
            "knee_near": 140,
            "ankle_near": 90,
            "hip_far": 135,
            "knee_far": 140,
            "ankle_far": 90,
            "shoulder_near": 214,
            "shoulder_far": 214,
        },
        "counterposes": [],
        "preparatory": ["cat-cow"],
        "contraindications": [
            (
                "knee-injury",
                "modify",
                (
                    "Put a rolled blanket behind the knees and a bolster under the hips, or rest "
                    "on your back in knees-to-chest instead."
                ),
            ),
            (
                "pregnancy",
                "modify",
                "Open the knees wide to make room for the belly and rest the chest on a bolster.",
            ),
            (
                "high-blood-pressure",
                "caution",
                (
                    "Rest the head on a block or stacked hands so it is not lower than the heart, "
                    "and come up slowly."
                ),
            ),
        ],
    },
    {
        "slug": "bridge",
        "english_name": "Bridge pose",
        "sanskrit_name": "Setu Bandha Sarvāṅgāsana",
        "aliases": ["Setu Bandhasana", "Glute bridge"],
        "difficulty": "beginner",
        "categories": ["backbend", "supine"],
        "stretches": ["psoas-major", "iliacus", "rectus-femoris", "chest"],
        "strengthens": ["glutes", "hamstrings", "erector-spinae"],
        "summary": (
            "A gentle backbend on your back that wakes up the glutes and lengthens the front of "
            "the hips."
        ),
        "steps": [
            (
                "Lie on your back with knees bent, feet flat and hip-width apart, heels a hand's "
                "length from your buttocks."
            ),
            (
                "Rest your arms by your sides, palms down, and keep your head still and facing the "
                "ceiling."
            ),
            (
                "Press through your feet and lift your hips, peeling the spine off the floor until "
                "your body makes a slope from knees to shoulders."
            ),
            (
                "Keep the knees pointing forward, in line with the hips, and feel the front of the "
                "hips lengthen as the buttocks work."
            ),
            "Breathe for a few breaths, then lower slowly, one section of the spine at a time.",
        ],
        "benefits": (
            "Strengthens the glutes and hamstrings, the natural opponents of the hip flexors, "
            "while gently stretching the front of the hips and chest. Lifting and lowering with "
            "the breath is also a kind way to warm up the spine."
        ),
        "modifications": (
            "Lift only a little way, or move up and down with the breath instead of holding. "
            "Squeeze a block between the knees to keep them in line, or try supported bridge with "
            "a block under the sacrum."
        ),
        "props": "A block between the knees; a folded blanket under the shoulders.",
        "default_hold_seconds": 30,
        "per_side": False,
        "figure": {
            "torso": -138,
            "neck": -48,
            "hip_near": -40,
            "knee_near": 98,
            "hip_far": -40,
            "knee_far": 98,
            "shoulder_near": -48,
            "shoulder_far": -48,
        },
        "counterposes": ["knees-to-chest", "supine-twist"],
        "preparatory": ["constructive-rest"],
        "contraindications": [
            (
                "neck-injury",
                "caution",
                (
                    "Keep the head still and looking up, never turning it while the hips are "
                    "lifted, and place a folded blanket under the shoulders so the neck is not "
                    "flattened."
                ),
            ),
            (
                "pregnancy",
                "modify",
                (
                    "After the first trimester, keep holds short or move up and down with the "
                    "breath, and roll onto your side to rest in between."
                ),
            ),
            (
                "shoulder-injury",
                "modify",
                (
                    "Leave the arms resting by your sides rather than clasping the hands "
                    "underneath you."
                ),
            ),
        ],
    },
    {
        "slug": "supported-bridge",
        "english_name": "Supported bridge",
        "sanskrit_name": "Sālamba Setu Bandha Sarvāṅgāsana",
        "aliases": ["Supported bridge with block", "Restorative bridge"],
        "difficulty": "beginner",
        "categories": ["resting", "supine", "backbend"],
        "stretches": ["psoas-major", "iliacus", "rectus-femoris", "abdominals"],
        "strengthens": [],
        "summary": (
            "A restful bridge with a block under the sacrum, so the hip flexors can lengthen "
            "without effort."
        ),
        "steps": [
            (
                "Lie on your back with knees bent and feet flat, hip-width apart, with a block "
                "beside you."
            ),
            (
                "Lift your hips and slide the block under the flat bony area at the base of the "
                "spine (the sacrum), not under the lower back."
            ),
            (
                "Lower your weight onto the block, starting on its lowest height, and rest your "
                "arms by your sides."
            ),
            (
                "Stay with the feet down, or for more stretch straighten one leg at a time along "
                "the floor."
            ),
            (
                "Breathe quietly for a minute or more, then bend the knees, lift the hips, remove "
                "the block and lower down."
            ),
        ],
        "benefits": (
            "Lets the front of the hips open passively while the body rests, which many people "
            "find more relaxing than an active bridge. Straightening the legs gives a gentle, "
            "sustained psoas stretch."
        ),
        "modifications": (
            "Use the block on its lowest setting or a folded blanket instead. Keep both feet on "
            "the floor if straightening the legs pulls on the lower back."
        ),
        "props": "A yoga block or a firm folded blanket under the sacrum.",
        "default_hold_seconds": 90,
        "per_side": False,
        "figure": {
            "torso": -115,
            "neck": -25,
            "hip_near": -20,
            "knee_near": 90,
            "hip_far": -20,
            "knee_far": 90,
            "shoulder_near": -25,
            "shoulder_far": -25,
            "blocks": ["hip"],
        },
        "counterposes": ["knees-to-chest"],
        "preparatory": ["bridge"],
        "contraindications": [
            (
                "lower-back-injury",
                "caution",
                (
                    "Make sure the block is under the sacrum, not the lumbar spine, keep it low "
                    "and keep the knees bent."
                ),
            ),
            (
                "pregnancy",
                "modify",
                (
                    "After the first trimester keep the hold short, use the lowest height and roll "
                    "to your side to come out."
                ),
            ),
            (
                "neck-injury",
                "caution",
                (
                    "Keep the head still and a folded blanket under the shoulders if the neck "
                    "feels pressed."
                ),
            ),
        ],
    },
    {
        "slug": "constructive-rest",
        "english_name": "Constructive rest",
        "sanskrit_name": "",
        "aliases": ["Semi-supine", "Constructive rest position", "Hook lying"],
        "difficulty": "beginner",
        "categories": ["resting", "supine"],
        "stretches": [],
        "strengthens": [],
        "summary": (
            "Lying on your back with knees bent: the gentlest way to let the psoas soften by "
            "itself."
        ),
        "steps": [
            "Lie on your back on a mat or rug with your knees bent and feet flat on the floor.",
            (
                "Place your feet a little wider than your hips and walk them far enough from your "
                "buttocks that your legs feel balanced."
            ),
            (
                "Let your knees rest against each other, or tie a loose strap around the thighs so "
                "the legs can stay up without effort."
            ),
            (
                "Rest your hands on your belly or the floor and put a folded towel under your head "
                "if your chin points up."
            ),
            (
                "Breathe slowly into your belly and sides and let the back of the pelvis and ribs "
                "be heavy on the floor for five to fifteen minutes."
            ),
        ],
        "benefits": (
            "With the legs supported and the hips bent, the hip flexors have nothing to do, so "
            "many people feel them soften over several minutes. It is an easy, restful place to "
            "notice the breath and an option for almost anyone."
        ),
        "modifications": (
            "Rest the calves on a chair seat or sofa if the knees will not stay up comfortably. "
            "Place a cushion under the head or a rolled towel under the waist for extra support."
        ),
        "props": (
            "A folded towel under the head; optionally a strap around the thighs or a chair for "
            "the calves."
        ),
        "default_hold_seconds": 300,
        "per_side": False,
        "figure": {
            "torso": -90,
            "hip_near": 50,
            "knee_near": 103,
            "ankle_near": 36,
            "hip_far": 50,
            "knee_far": 103,
            "ankle_far": 36,
            "shoulder_near": 40,
            "elbow_near": 100,
            "shoulder_far": 40,
            "elbow_far": 100,
        },
        "counterposes": [],
        "preparatory": [],
        "contraindications": [
            (
                "pregnancy",
                "modify",
                (
                    "After the first trimester, raise your head and upper back on a bolster or "
                    "wedge rather than lying flat, or rest on your left side with a pillow between "
                    "the knees."
                ),
            ),
        ],
    },
    {
        "slug": "reclined-bound-angle",
        "english_name": "Reclined bound angle",
        "sanskrit_name": "Supta Baddha Koṇāsana",
        "aliases": ["Supta Baddha Konasana", "Reclining butterfly", "Reclined cobbler's pose"],
        "difficulty": "beginner",
        "categories": ["resting", "supine", "hip-opener"],
        "stretches": ["adductors", "hip-external-rotators"],
        "strengthens": [],
        "summary": (
            "A restful, supported pose on your back with the soles of the feet together and the "
            "knees falling open."
        ),
        "steps": [
            (
                "Sit with a bolster lengthways behind you and a block or cushion within reach on "
                "each side."
            ),
            "Bring the soles of your feet together and let your knees fall open to the sides.",
            "Slide a block or cushion under each outer thigh so the legs are fully supported.",
            (
                "Lower yourself back onto the bolster, or onto the floor, with your head supported "
                "and your arms resting out to the sides."
            ),
            (
                "Rest and breathe for a few minutes; to come out, use your hands to bring the "
                "knees together and roll to one side."
            ),
        ],
        "benefits": (
            "Opens the inner thighs and hips with very little effort and, when well supported, is "
            "one of the most restful poses there is. Lying back over a bolster also opens the "
            "chest and gives the breath more room."
        ),
        "modifications": (
            "Move the feet further from the body to soften the stretch in the groin, and raise the "
            "supports under the thighs until there is no strain at all. Keep the head and chest "
            "lifted on a bolster if lying flat is uncomfortable."
        ),
        "props": (
            "A bolster or firm pillows under the back; blocks or cushions under the thighs; a "
            "blanket for warmth."
        ),
        "default_hold_seconds": 180,
        "per_side": False,
        "figure": {
            "torso": -90,
            "hip_near": 35,
            "knee_near": 150,
            "ankle_near": 30,
            "hip_far": 35,
            "knee_far": 150,
            "ankle_far": 30,
            "shin_far_turn": 35,
            "shin_near_turn": 35,
            "thigh_far_turn": 35,
            "thigh_near_turn": 35,
        },
        "counterposes": ["knees-to-chest"],
        "preparatory": ["constructive-rest"],
        "contraindications": [
            (
                "knee-injury",
                "modify",
                (
                    "Support the outer thighs generously so the knees carry no strain, and move "
                    "the feet further away."
                ),
            ),
            (
                "hip-replacement",
                "caution",
                (
                    "Check with your surgeon about how far the knees may open; keep the thighs "
                    "well supported and the feet further away."
                ),
            ),
            (
                "sacroiliac-pain",
                "caution",
                (
                    "Support the thighs at equal heights so the pelvis is not pulled unevenly, and "
                    "come out with your hands guiding the knees together."
                ),
            ),
            (
                "pregnancy",
                "modify",
                (
                    "Recline on an inclined bolster or stacked pillows so the upper body is well "
                    "raised instead of lying flat."
                ),
            ),
        ],
    },
    {
        "slug": "legs-up-the-wall",
        "english_name": "Legs up the wall",
        "sanskrit_name": "Viparīta Karaṇī",
        "aliases": ["Viparita Karani", "Legs-up-the-wall pose"],
        "difficulty": "beginner",
        "categories": ["resting", "supine", "inversion"],
        "stretches": ["hamstrings", "calves"],
        "strengthens": [],
        "summary": "A quiet, restful pose lying on your back with your legs resting up a wall.",
        "steps": [
            "Sit sideways with one hip close to a wall and your knees bent.",
            (
                "Lean back onto your elbows and swing your legs up the wall as you lower your back "
                "to the floor."
            ),
            (
                "Shuffle your buttocks close to the wall, or a little away from it if the backs of "
                "the legs feel tight."
            ),
            "Rest your arms by your sides and let your legs be heavy against the wall.",
            (
                "Stay for several minutes; to come out, bend your knees, roll onto your side and "
                "rest there a moment before sitting up."
            ),
        ],
        "benefits": (
            "Lets the legs rest and the hips soften with almost no effort, and many people find it "
            "soothing at the end of the day. A folded blanket under the hips turns it into a "
            "gentle inversion."
        ),
        "modifications": (
            "Move further from the wall or bend the knees if the hamstrings pull. For the very "
            "gentlest version, rest your calves on a chair seat instead."
        ),
        "props": (
            "A wall; optionally a folded blanket under the hips and a strap around the thighs."
        ),
        "default_hold_seconds": 300,
        "per_side": False,
        "figure": {
            "torso": -90,
            "hip_near": 90,
            "hip_far": 90,
            "shoulder_near": 40,
            "elbow_near": 100,
            "shoulder_far": 40,
            "elbow_far": 100,
            "wall": "front",
        },
        "counterposes": [],
        "preparatory": ["constructive-rest"],
        "contraindications": [
            (
                "glaucoma",
                "caution",
                (
                    "Keep the hips on the floor rather than raised on a blanket and keep the hold "
                    "short; skip it if your eye specialist has advised against inversions."
                ),
            ),
            (
                "high-blood-pressure",
                "caution",
                (
                    "Keep the hips flat on the floor and come out if you feel pressure or fullness "
                    "in the head."
                ),
            ),
            (
                "pregnancy",
                "modify",
                (
                    "After the first trimester, rest the legs on a chair with the upper body "
                    "raised, or lie on your side, rather than lying flat for a long time."
                ),
            ),
        ],
    },
    {
        "slug": "happy-baby",
        "english_name": "Happy baby",
        "sanskrit_name": "Ānanda Bālāsana",
        "aliases": ["Ananda Balasana", "Happy baby pose"],
        "difficulty": "beginner",
        "categories": ["supine", "hip-opener"],
        "stretches": ["adductors", "hamstrings", "glutes", "erector-spinae"],
        "strengthens": [],
        "summary": (
            "A playful pose on your back, holding the feet with the knees drawn wide towards the "
            "armpits."
        ),
        "steps": [
            "Lie on your back and draw your knees towards your chest.",
            (
                "Open the knees wider than your body and bring your shins upright, with the soles "
                "of the feet facing the ceiling."
            ),
            "Hold the outer edges of your feet, your ankles or the backs of your thighs.",
            (
                "Let the knees drift down towards the floor beside your ribs while the tailbone "
                "and head stay down."
            ),
            (
                "Rock gently from side to side if that feels good, then release the feet and lower "
                "them to the floor."
            ),
        ],
        "benefits": (
            "Opens the inner thighs and groins and eases the lower back. The rocking variation is "
            "a soothing way to finish a practice."
        ),
        "modifications": (
            "Hold the backs of the thighs or shins instead of the feet, or loop a strap over each "
            "foot. Keep a folded blanket under your head if your chin lifts."
        ),
        "props": "A strap over each foot; a folded blanket under the head.",
        "default_hold_seconds": 45,
        "per_side": False,
        "figure": {
            "torso": -90,
            "hip_near": 150,
            "knee_near": 60,
            "hip_far": 150,
            "knee_far": 60,
            "shoulder_near": 76,
            "shoulder_far": 76,
        },
        "counterposes": [],
        "preparatory": ["knees-to-chest"],
        "contraindications": [
            (
                "hip-replacement",
                "caution",
                (
                    "Deep hip bending may go beyond your safe range; keep the thighs further from "
                    "the chest, as advised by your surgeon."
                ),
            ),
            (
                "pregnancy",
                "modify",
                (
                    "After the first trimester, hold the pose only briefly or do a gentle wide "
                    "squat with support instead."
                ),
            ),
            (
                "neck-injury",
                "caution",
                (
                    "Keep the head down on a folded blanket and use a strap so you do not lift the "
                    "head to reach the feet."
                ),
            ),
        ],
    },
    {
        "slug": "supine-twist",
        "english_name": "Supine twist",
        "sanskrit_name": "Supta Matsyendrāsana",
        "aliases": ["Supta Matsyendrasana", "Jathara Parivartanasana", "Reclined spinal twist"],
        "difficulty": "beginner",
        "categories": ["twist", "supine"],
        "stretches": ["obliques", "erector-spinae", "glutes", "chest"],
        "strengthens": [],
        "summary": "A relaxed twist lying on your back that lets the spine and hips unwind.",
        "steps": [
            (
                "Lie on your back with knees bent and feet flat, arms out to the sides at shoulder "
                "height."
            ),
            "Shift your hips a little to the right.",
            (
                "Exhale and let both knees fall slowly to the left, keeping both shoulders heavy "
                "on the floor."
            ),
            (
                "Rest the knees on a cushion or block if they do not reach the floor, and turn "
                "your head to the right only if your neck likes it."
            ),
            (
                "Breathe for several breaths, bring the knees back to centre and repeat on the "
                "other side."
            ),
        ],
        "benefits": (
            "Gently rotates the spine and stretches the outer hip and chest. It is a soft way to "
            "release the back after backbends or a long day."
        ),
        "modifications": (
            "Place a cushion between the knees and another under them so the twist is fully "
            "supported. Keep the head facing the ceiling if turning it is uncomfortable."
        ),
        "props": "A cushion or block under the knees; a cushion between the knees.",
        "default_hold_seconds": 45,
        "per_side": True,
        "figure": {
            "torso": -90,
            "hip_near": 90,
            "knee_near": 90,
            "hip_far": 90,
            "knee_far": 90,
            "shoulder_near": 90,
            "shoulder_far": 90,
            "forearm_far_turn": 80,
            "forearm_near_turn": 80,
            "thigh_far_turn": 60,
            "thigh_near_turn": 60,
            "upper_arm_far_turn": 80,
            "upper_arm_near_turn": 80,
        },
        "counterposes": ["knees-to-chest"],
        "preparatory": ["constructive-rest"],
        "contraindications": [
            (
                "lower-back-injury",
                "caution",
                "Support the knees so the twist stays small and move slowly in and out.",
            ),
            (
                "sacroiliac-pain",
                "caution",
                (
                    "Keep the knees together with a cushion between them and let only a small "
                    "twist happen."
                ),
            ),
            (
                "pregnancy",
                "modify",
                (
                    "After the first trimester, twist only gently with the upper body raised on a "
                    "bolster, or lie on your side."
                ),
            ),
            (
                "recent-abdominal-surgery",
                "avoid",
                "Leave twists out until your surgeon confirms that the abdominal wall has healed.",
            ),
        ],
    },
    {
        "slug": "reclined-hero",
        "english_name": "Reclined hero pose",
        "sanskrit_name": "Supta Vīrāsana",
        "aliases": ["Supta Virasana", "Reclining hero"],
        "difficulty": "advanced",
        "categories": ["backbend", "kneeling", "supine"],
        "stretches": ["quadriceps", "rectus-femoris", "psoas-major", "iliacus", "abdominals"],
        "strengthens": [],
        "summary": (
            "A deep stretch for the front of the thighs and hips, sitting between the heels and "
            "reclining back."
        ),
        "steps": [
            (
                "Kneel with your knees together and your feet a little wider than your hips, tops "
                "of the feet on the floor."
            ),
            (
                "Sit down between your heels, on the floor or on a block, with the calves rolled "
                "slightly outwards by hand."
            ),
            (
                "Place a bolster lengthways behind you and lean back onto your hands, then your "
                "elbows."
            ),
            (
                "Lower your back onto the bolster only if there is no strain in the knees, and "
                "keep the knees as close together as you can."
            ),
            (
                "Breathe quietly, then come up the way you went down, pressing onto your elbows "
                "and hands; straighten the legs one at a time."
            ),
        ],
        "benefits": (
            "Gives a strong, passive stretch to the quadriceps, hip flexors and abdomen. With good "
            "support it can be a deeply restful backbend for people whose knees are well suited to "
            "it."
        ),
        "modifications": (
            "Sit on a block and recline onto a high bolster or stack of cushions, or stay sitting "
            "upright in hero pose. Half reclined hero, with one leg bent and the other straight, "
            "asks less of the knees."
        ),
        "props": (
            "A block under the buttocks; a bolster or stacked cushions behind you; a blanket under "
            "the ankles."
        ),
        "default_hold_seconds": 60,
        "per_side": False,
        "figure": {
            "torso": -90,
            "spine": 10,
            "hip_near": 0,
            "knee_near": 170,
            "ankle_near": 90,
            "hip_far": 0,
            "knee_far": 170,
            "ankle_far": 90,
            "shoulder_near": 180,
            "shoulder_far": 180,
        },
        "counterposes": ["knees-to-chest", "constructive-rest"],
        "preparatory": ["low-lunge", "half-frog", "childs-pose"],
        "contraindications": [
            (
                "knee-injury",
                "avoid",
                (
                    "This pose puts strong twisting and bending loads on the knees; stretch the "
                    "front of the hips in a low lunge instead."
                ),
            ),
            (
                "lower-back-injury",
                "modify",
                "Recline only onto a high bolster and stop before the lower back pinches.",
            ),
            (
                "pregnancy",
                "modify",
                (
                    "Stay upright on a block in hero pose or lean back onto a very high, inclined "
                    "support."
                ),
            ),
        ],
    },
    {
        "slug": "bow",
        "english_name": "Bow pose",
        "sanskrit_name": "Dhanurāsana",
        "aliases": ["Dhanurasana"],
        "difficulty": "intermediate",
        "categories": ["backbend", "prone"],
        "stretches": ["psoas-major", "iliacus", "quadriceps", "abdominals", "chest", "shoulders"],
        "strengthens": ["erector-spinae", "glutes", "hamstrings"],
        "summary": (
            "A strong backbend on your front, holding the ankles to lift the chest and thighs like "
            "a drawn bow."
        ),
        "steps": [
            "Lie on your front with your arms by your sides and your forehead on the floor.",
            (
                "Bend your knees and reach back to hold the outsides of your ankles, keeping the "
                "knees roughly hip-width apart."
            ),
            (
                "Inhale and kick your feet back into your hands, lifting your thighs and chest off "
                "the floor."
            ),
            "Keep the neck long and look forward or slightly down, and keep breathing steadily.",
            (
                "Hold for a few breaths, then release the ankles on an exhale and rest with your "
                "head turned to one side."
            ),
        ],
        "benefits": (
            "Opens the whole front of the body, including the hip flexors, while strengthening the "
            "back, glutes and hamstrings. It asks for both strength and suppleness, so it is best "
            "approached after warming up."
        ),
        "modifications": (
            "Practise half bow (one leg at a time, as in half frog) or use a strap around the "
            "ankles. Rest a folded blanket under the hips for comfort."
        ),
        "props": "A strap around the ankles; a folded blanket under the hips.",
        "default_hold_seconds": 20,
        "per_side": False,
        "figure": {
            "torso": 70,
            "spine": 50,
            "neck": 10,
            "hip_near": -25,
            "knee_near": 80,
            "ankle_near": 60,
            "hip_far": -25,
            "knee_far": 80,
            "ankle_far": 60,
            "shoulder_near": -60,
            "shoulder_far": -60,
        },
        "counterposes": ["childs-pose", "knees-to-chest"],
        "preparatory": ["locust", "cobra", "half-frog"],
        "contraindications": [
            (
                "pregnancy",
                "avoid",
                (
                    "Lying on the belly is not suitable in pregnancy; practise a supported low "
                    "lunge to open the front of the hips."
                ),
            ),
            (
                "lower-back-injury",
                "avoid",
                (
                    "This is a deep backbend that compresses the lower back; choose bridge or "
                    "sphinx instead."
                ),
            ),
            (
                "recent-abdominal-surgery",
                "avoid",
                (
                    "Lying on and stretching the abdomen should wait until your surgeon has "
                    "cleared it."
                ),
            ),
            (
                "neck-injury",
                "modify",
                "Keep the gaze down and the back of the neck long; do not throw the head back.",
            ),
        ],
    },
    {
        "slug": "locust",
        "english_name": "Locust pose",
        "sanskrit_name": "Śalabhāsana",
        "aliases": ["Salabhasana", "Shalabhasana"],
        "difficulty": "beginner",
        "categories": ["backbend", "prone"],
        "stretches": ["psoas-major", "chest"],
        "strengthens": ["erector-spinae", "glutes", "hamstrings", "shoulders"],
        "summary": "A backbend on your front that strengthens the whole back of the body.",
        "steps": [
            (
                "Lie on your front with your arms by your sides, palms down, and your forehead on "
                "the floor."
            ),
            "Reach your legs back, a little apart, and press the tops of the feet into the floor.",
            (
                "Inhale and lift your head, chest, arms and legs a few centimetres off the floor, "
                "reaching back through the fingers and toes."
            ),
            "Keep the back of the neck long with your gaze on the floor just ahead of you.",
            (
                "Breathe for a few breaths, then lower down and rest with your head turned to one "
                "side."
            ),
        ],
        "benefits": (
            "Strengthens the muscles along the spine, the glutes and hamstrings, which support "
            "good posture and balance the pull of the hip flexors. Only a small lift is needed to "
            "get the benefit."
        ),
        "modifications": (
            "Lift only the chest, or only one leg at a time, keeping the other parts on the floor. "
            "Place a folded blanket under the hips."
        ),
        "props": "A folded blanket under the hips.",
        "default_hold_seconds": 20,
        "per_side": False,
        "figure": {
            "torso": 80,
            "spine": 30,
            "hip_near": -20,
            "ankle_near": 90,
            "hip_far": -20,
            "ankle_far": 90,
            "shoulder_near": -35,
            "shoulder_far": -35,
        },
        "counterposes": ["childs-pose", "knees-to-chest"],
        "preparatory": ["sphinx", "cobra"],
        "contraindications": [
            (
                "pregnancy",
                "avoid",
                (
                    "Lying on the belly is not suitable in pregnancy; try bird-dog on hands and "
                    "knees to strengthen the back instead."
                ),
            ),
            (
                "lower-back-injury",
                "caution",
                "Lift only the upper body or one leg at a time and keep the lift low.",
            ),
            (
                "recent-abdominal-surgery",
                "avoid",
                "Lying on the abdomen should wait until your surgeon has cleared it.",
            ),
            (
                "neck-injury",
                "modify",
                "Keep the forehead resting on a folded towel and lift only the legs.",
            ),
        ],
    },
    {
        "slug": "cobra",
        "english_name": "Cobra pose",
        "sanskrit_name": "Bhujaṅgāsana",
        "aliases": ["Bhujangasana", "Baby cobra"],
        "difficulty": "beginner",
        "categories": ["backbend", "prone"],
        "stretches": ["abdominals", "chest", "psoas-major"],
        "strengthens": ["erector-spinae", "shoulders"],
        "summary": "A gentle backbend on your front that lifts the chest and lengthens the belly.",
        "steps": [
            (
                "Lie on your front with your legs hip-width apart and the tops of the feet on the "
                "floor."
            ),
            (
                "Place your hands under your shoulders, elbows bent and hugging in close to your "
                "sides."
            ),
            (
                "Press the pubic bone and tops of the feet down and, on an inhale, lift your head "
                "and chest using mainly your back muscles."
            ),
            (
                "Keep the elbows bent and the shoulders drawn down away from the ears; rise only "
                "as high as feels easy in the lower back."
            ),
            (
                "Hold for a few breaths, then lower down on an exhale and rest with your head "
                "turned to one side."
            ),
        ],
        "benefits": (
            "Strengthens the back and opens the chest and belly, balancing time spent hunched "
            "forward. Keeping it low, as in baby cobra, gives most of the benefit with little "
            "strain."
        ),
        "modifications": (
            "Keep the lift low with the hands barely pressing (baby cobra), or come onto the "
            "forearms in sphinx. Place a folded blanket under the hips."
        ),
        "props": "A folded blanket under the hips.",
        "default_hold_seconds": 20,
        "per_side": False,
        "figure": {
            "torso": 55,
            "spine": 50,
            "neck": 10,
            "hip_near": -10,
            "ankle_near": 90,
            "hip_far": -10,
            "ankle_far": 90,
            "shoulder_near": 25,
            "elbow_near": 20,
            "shoulder_far": 25,
            "elbow_far": 20,
        },
        "counterposes": ["childs-pose"],
        "preparatory": ["sphinx"],
        "contraindications": [
            (
                "pregnancy",
                "avoid",
                (
                    "Lying on the belly is not suitable in pregnancy; try cat-cow on hands and "
                    "knees instead."
                ),
            ),
            (
                "lower-back-injury",
                "caution",
                "Stay low in baby cobra, and come down if you feel pinching in the lower back.",
            ),
            (
                "wrist-injury",
                "modify",
                "Practise sphinx on your forearms instead so the wrists carry no weight.",
            ),
            (
                "recent-abdominal-surgery",
                "avoid",
                (
                    "Lying on and stretching the abdomen should wait until your surgeon has "
                    "cleared it."
                ),
            ),
        ],
    },
    {
        "slug": "sphinx",
        "english_name": "Sphinx pose",
        "sanskrit_name": "Sālamba Bhujaṅgāsana",
        "aliases": ["Salamba Bhujangasana", "Supported cobra"],
        "difficulty": "beginner",
        "categories": ["backbend", "prone"],
        "stretches": ["abdominals", "psoas-major", "chest"],
        "strengthens": ["erector-spinae"],
        "summary": (
            "A mild, supported backbend on your forearms that gently lengthens the front of the "
            "body."
        ),
        "steps": [
            (
                "Lie on your front with your legs hip-width apart and the tops of the feet on the "
                "floor."
            ),
            "Bring your elbows under your shoulders and your forearms parallel, palms down.",
            (
                "Press your forearms lightly into the floor and lift your chest, drawing the "
                "shoulders back and down."
            ),
            (
                "Let the belly and the fronts of the hips stay heavy on the floor, and keep the "
                "neck long."
            ),
            "Breathe quietly for up to a minute, then slide the arms forward and lower down.",
        ],
        "benefits": (
            "Gently lengthens the abdomen and the front of the hips while the back muscles work "
            "lightly. Because the forearms take the weight, it can be held for longer than cobra."
        ),
        "modifications": (
            "Slide the elbows further forward to lower the chest and soften the curve in the lower "
            "back. Place a folded blanket under the hips."
        ),
        "props": "A folded blanket under the hips or forearms.",
        "default_hold_seconds": 60,
        "per_side": False,
        "figure": {
            "torso": 65,
            "spine": 30,
            "hip_near": -10,
            "ankle_near": 90,
            "hip_far": -10,
            "ankle_far": 90,
            "shoulder_near": 50,
            "elbow_near": 90,
            "shoulder_far": 50,
            "elbow_far": 90,
        },
        "counterposes": ["childs-pose"],
        "preparatory": [],
        "contraindications": [
            (
                "pregnancy",
                "avoid",
                (
                    "Lying on the belly is not suitable in pregnancy; try a supported low lunge or "
                    "cat-cow instead."
                ),
            ),
            (
                "lower-back-injury",
                "caution",
                "Walk the elbows further forward and come down if the lower back pinches.",
            ),
            (
                "recent-abdominal-surgery",
                "avoid",
                "Lying on the abdomen should wait until your surgeon has cleared it.",
            ),
        ],
    },
    {
        "slug": "dancer",
        "english_name": "Dancer pose",
        "sanskrit_name": "Naṭarājāsana",
        "aliases": ["Natarajasana", "Lord of the dance pose"],
        "difficulty": "intermediate",
        "categories": ["standing", "balance", "backbend"],
        "stretches": [
            "psoas-major",
            "iliacus",
            "quadriceps",
            "rectus-femoris",
            "chest",
            "shoulders",
        ],
        "strengthens": ["glutes", "hamstrings", "calves", "erector-spinae"],
        "summary": (
            "A standing balance that stretches the front of the lifted leg's hip and thigh as you "
            "lean forward."
        ),
        "steps": [
            "Stand tall with your weight on your left foot and a soft left knee.",
            (
                "Bend your right knee and hold the inside of the right foot or ankle with your "
                "right hand, knees side by side."
            ),
            "Reach your left arm forward and up for balance.",
            (
                "Press the right foot back into your hand and let the chest tip forward a little "
                "as the right leg lifts behind you, keeping the hips level."
            ),
            (
                "Hold for a few breaths with your gaze on a still point, then release slowly and "
                "change sides."
            ),
        ],
        "benefits": (
            "Stretches the quadriceps and hip flexors of the lifted leg while strengthening the "
            "standing leg and improving balance. Pressing the foot into the hand gives you control "
            "over how deep the backbend goes."
        ),
        "modifications": (
            "Stay upright and simply hold the foot for a standing quad stretch, with a hand on a "
            "wall or chair. Loop a strap around the foot if you cannot reach it."
        ),
        "props": "A wall or chair for the free hand; a strap around the lifted foot.",
        "default_hold_seconds": 20,
        "per_side": True,
        "figure": {
            "torso": 30,
            "spine": 20,
            "neck": 10,
            "hip_near": -80,
            "knee_near": 70,
            "ankle_near": 60,
            "hip_far": 40,
            "shoulder_near": -87,
            "shoulder_far": 150,
        },
        "counterposes": ["standing-forward-fold", "childs-pose"],
        "preparatory": ["tree", "low-lunge", "half-frog"],
        "contraindications": [
            (
                "balance-problems",
                "modify",
                (
                    "Keep one hand on a wall or sturdy chair, and stay upright without tipping "
                    "forward."
                ),
            ),
            (
                "lower-back-injury",
                "caution",
                (
                    "Stay upright in the standing quad stretch and keep the lower belly gently "
                    "engaged."
                ),
            ),
            (
                "knee-injury",
                "modify",
                "Use a strap so the bent knee is not forced into a deep bend.",
            ),
            (
                "low-blood-pressure",
                "caution",
                (
                    "Come out slowly and keep the free hand near a support in case you feel "
                    "light-headed."
                ),
            ),
        ],
    },
    {
        "slug": "tree",
        "english_name": "Tree pose",
        "sanskrit_name": "Vṛkṣāsana",
        "aliases": ["Vrksasana", "Vrikshasana"],
        "difficulty": "beginner",
        "categories": ["standing", "balance", "hip-opener"],
        "stretches": ["adductors"],
        "strengthens": ["glutes", "calves", "hip-external-rotators", "psoas-major"],
        "summary": (
            "A calm standing balance on one leg, with the other knee turned out to the side."
        ),
        "steps": [
            "Stand tall with your feet together and shift your weight onto your left foot.",
            (
                "Turn your right knee out and place the sole of the right foot on the inner left "
                "ankle, calf or upper thigh, never on the side of the knee."
            ),
            "Press the foot and the standing leg into each other and keep the pelvis level.",
            (
                "Bring your palms together at your chest or reach your arms up, and fix your gaze "
                "on a point that does not move."
            ),
            "Breathe for several breaths, then lower the foot and repeat on the other side.",
        ],
        "benefits": (
            "Builds strength in the standing leg and hip while opening the hip of the lifted leg. "
            "Lifting the thigh out to the side uses the hip flexors and rotators together, and the "
            "pose trains balance and focus."
        ),
        "modifications": (
            "Keep the toes of the lifted foot on the floor, heel resting on the standing ankle. "
            "Stand beside a wall with one hand on it for support."
        ),
        "props": "A wall or chair for balance.",
        "default_hold_seconds": 30,
        "per_side": True,
        "figure": {
            "hip_near": 60,
            "knee_near": 130,
            "shoulder_near": 180,
            "shoulder_far": 180,
            "shin_near_turn": 30,
            "thigh_near_turn": 45,
        },
        "counterposes": ["mountain"],
        "preparatory": ["mountain"],
        "contraindications": [
            (
                "balance-problems",
                "modify",
                (
                    "Stand beside a wall with one hand on it and keep the toes of the lifted foot "
                    "on the floor."
                ),
            ),
            (
                "knee-injury",
                "modify",
                "Place the foot on the ankle or calf and keep the standing knee soft, not locked.",
            ),
            (
                "hip-replacement",
                "caution",
                "Turn the knee out only as far as your surgeon has allowed and keep the foot low.",
            ),
            (
                "low-blood-pressure",
                "caution",
                "Keep the arms at the chest rather than overhead and keep a support nearby.",
            ),
        ],
    },
    {
        "slug": "boat",
        "english_name": "Boat pose",
        "sanskrit_name": "Paripūrṇa Nāvāsana",
        "aliases": ["Navasana", "Full boat"],
        "difficulty": "intermediate",
        "categories": ["core", "balance"],
        "stretches": ["hamstrings"],
        "strengthens": ["psoas-major", "iliacus", "abdominals", "rectus-femoris", "obliques"],
        "summary": (
            "A seated balance that strengthens the hip flexors and the deep muscles of the trunk."
        ),
        "steps": [
            "Sit with knees bent and feet flat, and hold the backs of your thighs.",
            (
                "Lean back a little, lifting the chest and keeping the spine long, until you "
                "balance just behind your sitting bones."
            ),
            "Lift your feet so the shins are parallel to the floor, keeping the knees bent.",
            (
                "If the back stays long, release the hands and reach the arms forward; straighten "
                "the legs only if you can keep the chest lifted."
            ),
            "Breathe steadily for a few breaths, then lower your feet and rest.",
        ],
        "benefits": (
            "Strengthens the psoas, iliacus and abdominal muscles that hold the trunk and legs "
            "together. A balanced practice builds strength in the hip flexors as well as length, "
            "and boat is one of the clearest ways to do so."
        ),
        "modifications": (
            "Keep the hands holding the backs of the thighs and the toes touching the floor, or "
            "keep the knees bent throughout. Sit on a folded blanket to cushion the sitting bones."
        ),
        "props": "A folded blanket under the sitting bones; a strap around the feet.",
        "default_hold_seconds": 20,
        "per_side": False,
        "figure": {
            "torso": -40,
            "hip_near": 90,
            "ankle_near": 60,
            "hip_far": 90,
            "ankle_far": 60,
            "shoulder_near": 50,
            "shoulder_far": 50,
        },
        "counterposes": ["knees-to-chest", "constructive-rest"],
        "preparatory": ["bridge"],
        "contraindications": [
            (
                "lower-back-injury",
                "modify",
                (
                    "Keep the knees bent, the hands on the thighs and the feet close to the floor; "
                    "stop if the lower back rounds or aches."
                ),
            ),
            (
                "pregnancy",
                "avoid",
                (
                    "Strong abdominal work like this is best left out during pregnancy and after "
                    "birth until your midwife or physiotherapist clears it."
                ),
            ),
            (
                "recent-abdominal-surgery",
                "avoid",
                "Strong abdominal work should wait until your surgeon has cleared it.",
            ),
            (
                "high-blood-pressure",
                "caution",
                "Keep breathing throughout and do not hold the breath to stay up.",
            ),
        ],
    },
    {
        "slug": "cat-cow",
        "english_name": "Cat-cow",
        "sanskrit_name": "Mārjaryāsana–Bitilāsana",
        "aliases": ["Marjaryasana", "Bitilasana", "Cat and cow"],
        "difficulty": "beginner",
        "categories": ["kneeling"],
        "stretches": ["erector-spinae", "abdominals", "neck"],
        "strengthens": ["abdominals"],
        "summary": (
            "A flowing movement on hands and knees that warms up the whole spine with the breath."
        ),
        "steps": [
            (
                "Come onto all fours with wrists under shoulders and knees under hips, spine in a "
                "neutral line."
            ),
            (
                "Inhale and let the belly soften down as you lift your chest and tailbone, looking "
                "slightly forward (cow)."
            ),
            (
                "Exhale and round your spine up towards the ceiling, drawing the belly in and "
                "letting your head hang (cat)."
            ),
            (
                "Keep moving slowly between the two with your breath, letting the movement begin "
                "at the pelvis."
            ),
            "Continue for five to ten rounds, then return to a neutral spine.",
        ],
        "benefits": (
            "Moves the spine gently in both directions and links movement to the breath, which "
            "makes it an ideal warm-up. Tilting the pelvis forward and back also wakes up the "
            "muscles around the hips and lower back."
        ),
        "modifications": (
            "Do the same movement sitting on a chair with your hands on your knees. Place a folded "
            "blanket under the knees."
        ),
        "props": "A folded blanket under the knees.",
        "default_hold_seconds": 45,
        "per_side": False,
        "figure": {
            "torso": 90,
            "spine": -30,
            "neck": -30,
            "hip_near": 75,
            "knee_near": 90,
            "ankle_near": 90,
            "hip_far": 75,
            "knee_far": 90,
            "ankle_far": 90,
            "shoulder_near": 105,
            "shoulder_far": 105,
        },
        "counterposes": [],
        "preparatory": [],
        "contraindications": [
            (
                "wrist-injury",
                "modify",
                "Rest on your fists or forearms, or do the movement seated on a chair.",
            ),
            ("knee-injury", "modify", "Pad the knees with a folded blanket, or practise seated."),
            (
                "neck-injury",
                "caution",
                "Keep the movement of the head small and in line with the rest of the spine.",
            ),
        ],
    },
    {
        "slug": "downward-dog",
        "english_name": "Downward-facing dog",
        "sanskrit_name": "Adho Mukha Śvānāsana",
        "aliases": ["Adho Mukha Svanasana", "Down dog", "Downward dog"],
        "difficulty": "beginner",
        "categories": ["forward-fold", "inversion"],
        "stretches": ["hamstrings", "calves", "latissimus-dorsi", "shoulders"],
        "strengthens": ["shoulders", "quadriceps"],
        "summary": "An upside-down V shape that lengthens the back of the legs and the spine.",
        "steps": [
            "Come onto all fours with your hands a little ahead of your shoulders and spread wide.",
            "Tuck your toes under and lift your knees, sending your hips up and back.",
            (
                "Keep your knees bent at first so you can lengthen the spine and point the sitting "
                "bones up."
            ),
            (
                "Press the floor away with your hands, let your head hang between your arms and, "
                "if comfortable, straighten the legs a little at a time."
            ),
            "Breathe for several breaths, then lower your knees and rest.",
        ],
        "benefits": (
            "Stretches the hamstrings, calves and back while strengthening the arms and shoulders. "
            "It also gives a gentle change of perspective with the head below the heart."
        ),
        "modifications": (
            "Keep the knees well bent and the heels lifted. Put your hands on a chair seat or a "
            "wall to take weight off the wrists and bring the head higher."
        ),
        "props": "Blocks under the hands; a chair or wall for the supported version.",
        "default_hold_seconds": 30,
        "per_side": False,
        "figure": {
            "torso": 135,
            "hip_near": 105,
            "ankle_near": -30,
            "hip_far": 105,
            "ankle_far": -30,
            "shoulder_near": 180,
            "shoulder_far": 180,
        },
        "counterposes": ["childs-pose"],
        "preparatory": ["cat-cow"],
        "contraindications": [
            (
                "wrist-injury",
                "modify",
                "Practise with forearms down (dolphin) or with hands on a wall or chair seat.",
            ),
            (
                "shoulder-injury",
                "modify",
                (
                    "Place your hands on a wall or the back of a chair so the shoulders carry less "
                    "weight."
                ),
            ),
            (
                "high-blood-pressure",
                "caution",
                "Use the chair or wall version so the head stays higher, and keep holds short.",
            ),
            (
                "glaucoma",
                "caution",
                "Use the wall or chair version so the head does not drop below the heart.",
            ),
        ],
    },
    {
        "slug": "fish",
        "english_name": "Fish pose",
        "sanskrit_name": "Matsyāsana",
        "aliases": ["Matsyasana", "Supported fish"],
        "difficulty": "intermediate",
        "categories": ["backbend", "supine"],
        "stretches": ["chest", "abdominals", "neck", "psoas-major"],
        "strengthens": ["erector-spinae"],
        "summary": "A backbend on your back that lifts and opens the chest.",
        "steps": [
            (
                "Lie on your back with your legs straight, or knees bent, and slide your hands "
                "palms down under your buttocks."
            ),
            (
                "Press your forearms and elbows into the floor and lift your chest towards the "
                "ceiling."
            ),
            (
                "Keep most of your weight in the forearms. Either keep the back of the head on the "
                "floor or, if your neck is completely comfortable, let the crown rest down very "
                "lightly."
            ),
            "Breathe into the front of the chest for a few breaths.",
            (
                "To come out, press into the forearms, lift the head, then lower the back to the "
                "floor and hug your knees in."
            ),
        ],
        "benefits": (
            "Opens the chest, throat and front of the body and gives the breath more room. The "
            "supported version over a bolster offers much the same opening with no load on the "
            "neck."
        ),
        "modifications": (
            "Lie back over a bolster or two blocks placed under the shoulder blades with the head "
            "resting on a higher support. Keep the knees bent to ease the lower back."
        ),
        "props": "A bolster or two blocks under the upper back; a folded blanket under the head.",
        "default_hold_seconds": 30,
        "per_side": False,
        "figure": {
            "torso": -60,
            "spine": 40,
            "neck": 60,
            "hip_near": 30,
            "ankle_near": 60,
            "hip_far": 30,
            "ankle_far": 60,
            "shoulder_near": -65,
            "elbow_near": 70,
            "shoulder_far": -65,
            "elbow_far": 70,
        },
        "counterposes": ["knees-to-chest", "constructive-rest"],
        "preparatory": ["supported-bridge", "sphinx"],
        "contraindications": [
            (
                "neck-injury",
                "avoid",
                (
                    "Do not rest weight on the head; practise the supported version over a bolster "
                    "with the head fully supported instead."
                ),
            ),
            (
                "lower-back-injury",
                "caution",
                (
                    "Keep the knees bent and use a bolster under the upper back so the arch stays "
                    "in the chest."
                ),
            ),
            (
                "high-blood-pressure",
                "caution",
                "Keep the head supported level with the chest and come up slowly.",
            ),
            (
                "pregnancy",
                "modify",
                (
                    "After the first trimester, recline over an inclined bolster rather than lying "
                    "flat and lifting the chest."
                ),
            ),
        ],
    },
    {
        "slug": "corpse",
        "english_name": "Corpse pose",
        "sanskrit_name": "Śavāsana",
        "aliases": ["Savasana", "Shavasana", "Final relaxation"],
        "difficulty": "beginner",
        "categories": ["resting", "supine"],
        "stretches": [],
        "strengthens": [],
        "summary": (
            "Lying still on your back at the end of a practice, letting the body and breath settle "
            "completely."
        ),
        "steps": [
            "Lie on your back with your legs straight and a little apart, feet falling open.",
            "Rest your arms a little away from your body, palms up, and let the shoulders soften.",
            (
                "Place a rolled blanket under your knees if your lower back feels arched, and a "
                "thin cushion under your head."
            ),
            "Close your eyes or soften your gaze, and let go of any effort in the breath.",
            (
                "Stay for five minutes or more; to come out, roll onto your right side and rest "
                "before sitting up slowly."
            ),
        ],
        "benefits": (
            "Gives the body time to rest and absorb a practice. Many people find it the most "
            "calming part of a session, and it is a simple way to practise doing nothing on "
            "purpose."
        ),
        "modifications": (
            "Put a bolster under the knees and cover yourself with a blanket so you stay warm. "
            "Constructive rest, with knees bent, is an alternative if the lower back is "
            "uncomfortable."
        ),
        "props": (
            "A bolster or rolled blanket under the knees; a blanket for warmth; an eye pillow."
        ),
        "default_hold_seconds": 300,
        "per_side": False,
        "figure": {
            "torso": -90,
            "ankle_near": 40,
            "ankle_far": 40,
            "shoulder_near": 10,
            "shoulder_far": 10,
        },
        "counterposes": [],
        "preparatory": [],
        "contraindications": [
            (
                "pregnancy",
                "modify",
                (
                    "After the first trimester, rest on your left side with a pillow between the "
                    "knees, or with the upper body raised on a bolster."
                ),
            ),
            (
                "lower-back-injury",
                "modify",
                (
                    "Rest with a bolster under the knees, or bend the knees and place the feet on "
                    "the floor."
                ),
            ),
        ],
    },
    {
        "slug": "standing-forward-fold",
        "english_name": "Standing forward fold",
        "sanskrit_name": "Uttānāsana",
        "aliases": ["Uttanasana", "Forward bend", "Ragdoll"],
        "difficulty": "beginner",
        "categories": ["standing", "forward-fold"],
        "stretches": ["hamstrings", "calves", "erector-spinae"],
        "strengthens": [],
        "summary": "Folding forward from the hips while standing, letting the head and arms hang.",
        "steps": [
            "Stand with your feet hip-width apart and your knees soft.",
            (
                "Place your hands on your hips and, with a long spine, fold forward from the hip "
                "joints on an exhale."
            ),
            "Bend your knees as much as you need to and let your torso rest towards your thighs.",
            "Let your head and arms hang, or hold opposite elbows, and keep breathing.",
            (
                "To come up, bend your knees, bring your hands to your hips and rise slowly with a "
                "long back, head coming up last."
            ),
        ],
        "benefits": (
            "Lengthens the back of the legs and the spine and lets the neck and shoulders hang "
            "free. It is a natural counterpose after standing lunges and backbends."
        ),
        "modifications": (
            "Bend the knees generously and rest your hands on blocks or a chair seat. Fold only "
            "halfway with hands on the thighs if hanging feels uncomfortable."
        ),
        "props": "Blocks or a chair seat under the hands.",
        "default_hold_seconds": 30,
        "per_side": False,
        "figure": {
            "torso": 165,
            "spine": -15,
            "hip_near": 150,
            "knee_near": 10,
            "hip_far": 150,
            "knee_far": 10,
            "shoulder_near": 185,
            "shoulder_far": 185,
        },
        "counterposes": ["mountain"],
        "preparatory": ["mountain"],
        "contraindications": [
            (
                "lower-back-injury",
                "modify",
                (
                    "Keep the knees well bent and the hands on blocks or a chair, or fold only "
                    "halfway with a flat back."
                ),
            ),
            (
                "low-blood-pressure",
                "caution",
                (
                    "Rise very slowly, with the head coming up last, and pause in standing before "
                    "moving on."
                ),
            ),
            (
                "glaucoma",
                "caution",
                "Fold only halfway with hands on a chair so the head stays level with the heart.",
            ),
            (
                "high-blood-pressure",
                "caution",
                "Fold only halfway, keep holds short and come up slowly.",
            ),
        ],
    },
    {
        "slug": "mountain",
        "english_name": "Mountain pose",
        "sanskrit_name": "Tāḍāsana",
        "aliases": ["Tadasana", "Samasthiti"],
        "difficulty": "beginner",
        "categories": ["standing"],
        "stretches": [],
        "strengthens": ["quadriceps", "abdominals"],
        "summary": (
            "Standing still and balanced, the starting point for noticing how you carry your "
            "pelvis."
        ),
        "steps": [
            (
                "Stand with your feet hip-width apart and parallel, weight spread evenly between "
                "heels and toes."
            ),
            "Soften your knees slightly rather than locking them.",
            (
                "Let your pelvis rest level, neither tipped forward nor tucked under, and lengthen "
                "up through your spine."
            ),
            "Relax your shoulders away from your ears with your arms resting by your sides.",
            "Breathe naturally for several breaths, noticing where you hold tension.",
        ],
        "benefits": (
            "Builds awareness of posture and of how the pelvis sits, which is useful for anyone "
            "who spends long hours sitting. It is also a steady place to pause between standing "
            "poses."
        ),
        "modifications": (
            "Stand with your back against a wall to feel where your body is. Widen the feet if you "
            "feel unsteady."
        ),
        "props": "A wall behind you.",
        "default_hold_seconds": 30,
        "per_side": False,
        "figure": {"torso": 0, "spine": 0, "neck": 0, "shoulder_near": 6, "shoulder_far": 6},
        "counterposes": [],
        "preparatory": [],
        "contraindications": [
            (
                "low-blood-pressure",
                "caution",
                (
                    "Keep the knees soft and shift your weight gently; sit down if you feel "
                    "light-headed."
                ),
            ),
            (
                "balance-problems",
                "modify",
                "Stand with your back near a wall or a chair beside you.",
            ),
        ],
    },
    {
        "slug": "knees-to-chest",
        "english_name": "Knees to chest",
        "sanskrit_name": "Apānāsana",
        "aliases": ["Apanasana", "Wind-relieving pose"],
        "difficulty": "beginner",
        "categories": ["supine"],
        "stretches": ["erector-spinae", "glutes"],
        "strengthens": [],
        "summary": (
            "Hugging both knees in while lying on your back: a simple, soothing counterpose after "
            "backbends."
        ),
        "steps": [
            "Lie on your back and draw both knees towards your chest.",
            (
                "Hold the shins or the backs of the thighs, letting the knees stay a little apart "
                "if that is easier."
            ),
            "Let your shoulders and head rest on the floor.",
            (
                "Breathe slowly, and if it feels good, rock gently from side to side or make small "
                "circles with the knees."
            ),
            "Release the feet back to the floor one at a time.",
        ],
        "benefits": (
            "Gently rounds and relaxes the lower back after backbends. The gentle rocking is "
            "soothing and can ease a tired back."
        ),
        "modifications": (
            "Hold the backs of the thighs instead of the shins, or hug one knee at a time with the "
            "other foot on the floor."
        ),
        "props": "A folded blanket under the head.",
        "default_hold_seconds": 30,
        "per_side": False,
        "figure": {
            "torso": -90,
            "hip_near": 140,
            "knee_near": 120,
            "hip_far": 140,
            "knee_far": 120,
            "shoulder_near": 70,
            "elbow_near": 60,
            "shoulder_far": 70,
            "elbow_far": 60,
        },
        "counterposes": [],
        "preparatory": [],
        "contraindications": [
            (
                "hip-replacement",
                "caution",
                (
                    "Keep the thighs no closer to the chest than your surgeon allows; hold one "
                    "knee at a time."
                ),
            ),
            (
                "pregnancy",
                "modify",
                (
                    "Open the knees wide around the belly, or hug one knee at a time, and keep the "
                    "hold short after the first trimester."
                ),
            ),
            (
                "recent-abdominal-surgery",
                "caution",
                "Keep the hold light and hug one knee at a time so the belly is not compressed.",
            ),
        ],
    },
]
