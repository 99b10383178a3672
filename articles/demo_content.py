"""Demo content for the articles app.

Plain data only, read by the demo-content loader. Bodies are Markdown; a line that is
exactly [[pose:<slug>]] embeds a pose card. featured_poses are pose slugs from
poses/demo_content.py. days_ago / updated_days_ago are relative to the day of loading.
"""

ARTICLES = [
    {
        "slug": "release-your-psoas-and-iliacus",
        "title": "Releasing the psoas and iliacus: anatomy, breath and four gentle poses",
        "summary": (
            "Where your deepest hip flexors live, how they relate to breathing and stress, and "
            "four yoga poses many people use to let them soften, with the cautions that matter."
        ),
        "days_ago": 30,
        "updated_days_ago": 3,
        "featured": True,
        "featured_poses": ["pigeon", "low-lunge", "camel", "childs-pose"],
        "body": """
Deep in the centre of your body, tucked behind the organs of the belly, sits a pair of muscles
that most of us never think about until they ache: the psoas and the iliacus. Together they are
the strongest hip flexors we have, the muscles that lift the knee when you climb a stair, walk
uphill or sit up from lying down. Yoga teachers and bodyworkers talk about them a great deal,
sometimes with more enthusiasm than evidence.

This guide explains where these muscles are, what they do and why they are linked with breathing
and stress, then walks through four yoga poses that many people use to release them. Read it as
a friendly introduction, not as medical advice: if you have pain, an injury or a health
condition, talk to a doctor or physiotherapist before you start.

## Where the psoas and iliacus live

The **psoas major** is a long, rope-like muscle. It starts on the sides of the last thoracic
vertebra and the five lumbar vertebrae of the lower back, including the discs between them and
the bony side wings of those vertebrae (the transverse processes). From there it runs down and
forward, over the rim of the pelvis and across the front of the hip joint.

The **iliacus** is its fan-shaped partner. It lines the smooth, bowl-like inner surface of the
pelvis, called the iliac fossa, and its fibres gather together as they travel down towards the
thigh.

The two muscles share a tendon that attaches to the **lesser trochanter**, a small knob of bone
near the top of the femur, on its inner side. Because they work as a team, anatomists often call
them by a single name, the **iliopsoas**. (Some people also have a slim psoas minor in front of
the psoas major; many people have none.)

What makes the psoas unusual is its route. No other muscle runs directly from the lumbar spine
to the leg, so it links the trunk and the lower limbs in a very literal way.

## What these muscles do

The main job of the iliopsoas is to **flex the hip**: to draw the thigh up towards the belly,
or, when the legs are fixed, to pull the trunk forward towards the thighs, as in a sit-up. It is
the strongest hip flexor in the body, and it works with every step you take as it swings the leg
forward.

The psoas also helps hold the lower spine steady when we stand and sit, and researchers still
debate the exact part it plays in posture. It may help turn the thigh outward a little, but that
role is small.

Sitting holds the psoas in a shortened position, and many of us sit for hours a day. Whether
this makes it "tight" in a way that causes back pain is less certain than popular articles
suggest; the evidence linking hip-flexor tightness to back pain is mixed. What most people can
agree on is that moving the hips through their full range, in both directions, tends to feel
good and to keep the body adaptable.

## The psoas and your breath

At the top of the psoas lies the **diaphragm**, the dome-shaped muscle that does most of the
work of breathing. The back legs of the diaphragm, called the crura, anchor onto the same upper
lumbar vertebrae as the psoas, and a band of connective tissue at the diaphragm's edge arches
right over the top of the psoas.

So the two muscles are close neighbours, wrapped in connected layers of fascia. It is often said
that a tense psoas restricts the breath, or that slow breathing relaxes the psoas. Neither idea
has been studied much, but they make anatomical sense, and many people notice that when their
belly softens and their breath slows, their hips soften too.

## Stress, safety and the nervous system

Much of what goes on inside us is managed by the **autonomic nervous system**, which works
largely without our conscious control. It is often described as having three broad states:

- **Rest and digest.** The parasympathetic branch is in charge. The heart rate slows, digestion
  gets the blood supply it needs and muscles can stay relaxed.
- **Fight or flight.** The sympathetic branch gears the body up to meet a threat: the heart
  beats faster, breathing quickens and muscles prepare for action.
- **Freeze.** When escape seems impossible, the body may shut down and go still instead.

Healthy nervous systems move between these states and return to rest once a threat has passed.
Somatic therapists often describe the psoas as one of the muscles that tightens when we are
startled, as the body instinctively curls to protect its soft front. It is a plausible and
popular idea, and some people do find that hip-opening poses stir up feelings. It has not been
well studied, though, so treat it as an invitation to notice your own experience rather than a
fact. A calm, unhurried practice in which you breathe slowly is, for many people, a reliable way
to feel safer and more settled, whatever the psoas itself is doing.

## Four poses to release the psoas

The four poses below come from the blog post that started this site. Practise them in this
order: the lunge warms up the hip flexors, pigeon goes deeper, camel opens the whole front of
the body, and child's pose lets everything settle. You can follow them as a ready-made sequence
in our [starter routines](/routines/starters/). Move slowly, breathe through your nose if you
can, and never push into pain.

### Low lunge (Āñjaneyāsana)

[[pose:low-lunge]]

The kneeling lunge is the most direct stretch for the psoas and iliacus. With one foot forward
and the back knee on the floor, the hip of the back leg moves into extension, which is the
opposite of the flexion these muscles produce. Keep the lower belly gently drawn in and let the
tailbone lengthen down, so the stretch stays at the front of the hip instead of turning into an
arch in the lower back.

If your knee is sore, fold a thick blanket under it, or try the high lunge with the back knee
lifted.

### Pigeon pose (Eka Pada Rājakapotāsana)

[[pose:pigeon]]

Pigeon is a deep hip opener. The front leg bends with the shin angled across the mat, stretching
the glutes and the small rotator muscles at the back of the hip, while the back leg lies
straight behind you and lengthens its hip flexors. Staying upright on your hands emphasises the
back leg; folding forward over the front shin turns the pose into a quiet, resting shape.

Pigeon asks a lot of the front knee. Put a block or folded blanket under the front hip so the
pelvis stays level, and if you feel any strain in the knee, practise reclined pigeon on your
back instead. If you have had a hip replacement, check with your surgeon before trying it.

### Camel pose (Uṣṭrāsana)

[[pose:camel]]

Camel is a kneeling backbend that opens the front of the thighs, the hip flexors, the belly and
the chest. Begin with your hands on the back of your pelvis and simply lift your chest; only
reach for your heels if that first stage feels easy. Keep the hips moving forward over the
knees, and keep the neck long rather than letting the head drop back.

This is an intermediate pose. Leave it out if you have a lower back injury, keep the head in
line with the spine if you have a neck problem, and come up slowly if you have high blood
pressure. Always follow camel with a gentle forward-folding pose such as child's pose.

### Child's pose (Bālāsana)

[[pose:childs-pose]]

Child's pose is the natural place to finish. Sitting back towards your heels and folding forward
lets the back broaden and the hip flexors rest in a shortened, easy position after being
stretched. Many people find that breathing into the back of the ribs here is deeply calming.

A bolster or pillow under the chest makes the pose more restful, and if kneeling hurts your
knees you can lie on your back and hug your knees in instead.

## Chakras and Qi: what tradition says

Yoga and Chinese medicine both have their own ways of describing the body, and the psoas has
found a place in each. These are **traditions and belief systems**, not medical science, and we
share them for interest rather than as claims about health.

In yogic tradition, the body is said to contain energy centres called chakras. The root chakra,
**Muladhara**, is pictured at the very bottom of the spine and linked with feeling grounded and
secure; the sacral chakra, **Svadhisthana**, sits in the lower belly and is associated with
emotion and creativity. Because the psoas lies deep in this same region, some modern teachers
link a relaxed psoas with a balanced root or sacral chakra.

In traditional Chinese medicine, health is described in terms of the flow of **Qi**, or vital
energy, through the body. Practitioners who work with the area around the psoas describe it as a
crossroads where the trunk meets the legs, and may use acupuncture, cupping or herbs as part of
treatment. They treat the whole person rather than a single muscle.

There is no scientific evidence that chakras or Qi exist as physical structures. Many people
still find these ideas a meaningful way to think about their practice, and that is a personal
choice.

## Go gently

Releasing the psoas is not about forcing a stretch; it is about giving the hips time, breath and
safety to let go. A few practical points:

- **Warm up first.** A few rounds of cat-cow or a short walk prepares the hips better than
  jumping straight into a deep stretch.
- **Balance stretching with strength.** Poses like bridge and boat strengthen the muscles around
  the hips, which matters as much as flexibility.
- **Stop if it hurts.** A stretch should feel like sensation, not pain. Sharp, pinching or
  tingling feelings mean come out of the pose.
- **Use props freely.** Blocks, blankets and a wall are not cheating; they let you find the
  right amount of stretch.
- **Ask for help.** A qualified yoga teacher can check your alignment, and a doctor or
  physiotherapist should look at any ongoing pain, injury, pregnancy or health condition before
  you start.

Be patient. Hips that have been sitting for years will not change in a week, but a few minutes
of kind, regular practice adds up.
""",
    },
    {
        "slug": "constructive-rest-gentlest-psoas-release",
        "title": "Constructive rest: the gentlest psoas release",
        "summary": (
            "Lying on your back with your knees bent asks nothing of your hip flexors, which is "
            "exactly why it can help them let go."
        ),
        "days_ago": 18,
        "updated_days_ago": 18,
        "featured": False,
        "featured_poses": ["constructive-rest", "corpse", "legs-up-the-wall"],
        "body": """
Not every release needs a stretch. Sometimes the kindest thing you can do for tired hip flexors
is to give them nothing to do at all. That is the idea behind **constructive rest**, a simple
position borrowed from movement teachers and used by dancers, physiotherapists and yoga teachers
alike.

## What it is

Constructive rest means lying on your back with your knees bent and your feet flat on the floor.
With the legs balanced and the hips bent, the psoas and iliacus no longer need to hold anything
up, so they have a chance to soften by themselves. There is no pulling, no effort and very
little that can go wrong, which makes it a good option for beginners, for days when you feel
stiff, and for anyone coming back to movement after a break.

[[pose:constructive-rest]]

## How to do it

- Lie on a mat or rug and bend your knees, feet flat and a little wider than your hips.
- Walk your feet far enough from your buttocks that your legs feel balanced; let the knees lean
  on each other if that is easier.
- Place a folded towel under your head if your chin points upward.
- Rest your hands on your belly or on the floor beside you.
- Let your breath slow down. Notice the back of your pelvis and ribs resting on the floor, and
  let them grow heavier with each out-breath.

Stay for five to fifteen minutes. Many people like to set a gentle timer so they can stop
watching the clock.

## What you might notice

Over several minutes some people feel the lower back settle closer to the floor, or the front of
the hips soften. Others simply feel calmer. Both are fine, and so is feeling nothing in
particular at first. There is not much research on constructive rest itself, so we won't promise
more than this: it is restful, low-risk and easy to build into the day.

## Staying comfortable

If your knees keep falling apart, tie a loose strap around your thighs, or rest your calves on a
chair seat. After the first trimester of pregnancy, lying flat on your back for long periods is
not advised; raise your upper body on a bolster or rest on your left side with a pillow between
your knees instead. If lying down causes pain, stop and talk to a health professional.

## Where to go next

Constructive rest makes a gentle start or finish to any practice. Our beginner starter routine
begins here and builds slowly through bridge, a supine twist and legs up the wall; you can find
it with the other [starter routines](/routines/starters/). When you feel ready for a little
more, try a [low lunge](/poses/low-lunge/) with a blanket under the back knee.
""",
    },
    {
        "slug": "ten-minute-beginners-psoas-routine",
        "title": "A ten-minute beginner's psoas routine",
        "summary": (
            "Four beginner-friendly poses, about ten minutes, no experience needed: a short "
            "routine for hips that spend too long sitting."
        ),
        "days_ago": 7,
        "updated_days_ago": 7,
        "featured": False,
        "featured_poses": ["constructive-rest", "bridge", "low-lunge", "supine-twist"],
        "body": """
You don't need an hour on the mat to give your hip flexors some care. This short routine uses
four beginner-friendly poses and takes about ten minutes. It suits anyone who sits a lot, and
you can do it on a rug in your living room. Take your time, breathe slowly, and leave out
anything that hurts.

## Before you start

You will need a mat or rug, a folded blanket for your knees and a cushion for your head. If you
have a knee, back or hip problem, are pregnant, or have had recent surgery, check each pose's
cautions first and ask a health professional if you are unsure.

## 1. Constructive rest: 2 minutes

[[pose:constructive-rest]]

Lie on your back with knees bent and feet flat. Let the breath slow and the back of the pelvis
rest heavily on the floor. This gives the psoas a chance to switch off before you ask anything
of it.

## 2. Bridge: 3 rounds, then a short hold

[[pose:bridge]]

Press through your feet and lift your hips a little way on an in-breath, then lower on an
out-breath. Repeat three times, then hold the lift for a few breaths. [Bridge](/poses/bridge/)
strengthens the glutes, the muscles that balance the hip flexors, and gently stretches the front
of the hips. Afterwards, hug your [knees to your chest](/poses/knees-to-chest/) for a few
breaths to let the lower back round and relax.

## 3. Low lunge: 45 seconds each side

[[pose:low-lunge]]

Come onto hands and knees with a blanket under your knees, and step one foot forward between
your hands. Lift your chest, draw your lower belly gently in and let the hips ease forward until
you feel the front of the back hip. This is the heart of the routine: the [low
lunge](/poses/low-lunge/) is one of the most direct ways to lengthen the psoas. Switch sides.

## 4. Supine twist: 45 seconds each side

[[pose:supine-twist]]

Lie back down, knees bent and arms out wide. Let both knees fall slowly to one side while your
shoulders stay heavy, resting the knees on a cushion if they do not reach the floor. Breathe,
then change sides. The [supine twist](/poses/supine-twist/) releases the back and outer hips
after the lunge.

## Finish: rest

End with a few minutes in [corpse pose](/poses/corpse/) or back in constructive rest. Let the
body be still and notice how your hips feel compared with when you started.

## Making it a habit

A little, often, works better than a lot, rarely. Try this routine a few times a week, perhaps
after work or before bed. When it feels easy, explore the [pose catalogue](/poses/) or one of
the [starter routines](/routines/starters/) for a longer practice.
""",
    },
]
