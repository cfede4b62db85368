export default [
    {
      name: "Nadia Fletcher",
      portrait: "/assets/projects/lanxiang/persona/nadia.webp",
      age: 34,
      job: "Brand Manager",
      status: "Unattached",
      summary: "Nadia is a very successful brand manager at a software firm. Her days are hectic and pressured, and tension and worry are frequent companions. Her health and well-being matter to her, so she has built morning yoga and a short meditation into each day to stay steady. To wind down she reaches for essential oils and a scent diffuser. She has a compact flat to herself and likes inviting a handful of close friends round. Money is not a worry for her, and she will happily pay for high-end goods.",
      personality: ["Driven", "Methodical", "Outgoing"],
      interests: ["Pilates", "Mindfulness", "Aromatherapy"],
      goals: [
        "Move up to a senior brand director role over the coming two years.",
        "Begin leading yoga and meditation sessions of her own at weekends.",
        "Deepen her mindfulness routine so that her work-life balance gets healthier."
      ],
      painPoints: [
        "Almost no time for self-care, so her stress keeps climbing and now and then turns into burnout.",
        "Finding it hard to hold on to a sensible work-life balance."
      ],
      motivations: [
        "Getting more done and relaxing better, in her job and at home alike.",
        "Caring for her well-being with meditation and scented oils.",
        "Getting to know herself on a deeper level."
      ],
      coreNeeds: [
        "Stress relief that truly works.",
        "An automated device that is handy and simple to operate.",
        "Room to grow as a person and become more mindful."
      ]
    },
    {
      name: "Tomas Herrera",
      portrait: "/assets/projects/lanxiang/persona/tomas.webp",
      age: 27,
      job: "Freelance Copywriter",
      status: "Recently engaged",
      summary: "Tomas writes on a freelance basis from his own home. Music is his great love, and he enjoys digging through styles and finding artists he has never heard before. Long writing sessions leave his mind worn out, so he keeps looking for ways to recharge. Natural remedies and holistic wellness also catch his interest. He shares a tiny studio flat with his cat. He keeps his life plain and uncluttered and watches his money closely.",
      personality: ["Imaginative", "Inquisitive", "Reserved"],
      interests: ["Music", "Writing", "Natural Wellness"],
      goals: [
        "See a book of his reach the best-seller lists within three years.",
        "Write the lyrics for an album together with a well-known musician.",
        "Keep a sound work-life balance so that overworking never drags him into low moods or depression."
      ],
      painPoints: [
        "Creative ruts and a tired mind that stop him producing good work on a steady basis.",
        "Feeling cut off as a quiet, inward person and battling to find surroundings that inspire him."
      ],
      motivations: [
        "Shaping his workspace and daily habits so he can push his imagination further.",
        "Better overall well-being and a clearer head to power his career as a writer.",
        "Being recognised for the things he writes and creates."
      ],
      coreNeeds: [
        "A dependable way to feel inspired and to unwind.",
        "A warm, creative circle for working together and trading notes.",
        "Room to grow as a person and become more mindful."
      ],
      headerColor:'#4A1261'
    },
    {
      name: "Grace Lin",
      portrait: "/assets/projects/lanxiang/persona/grace.webp",
      age: 41,
      job: "Family Doctor",
      status: "Married with kids",
      summary: "Gina is a committed doctor who puts in long shifts at a crowded hospital. She's eager to champion good health, for the people she treats and for herself as well. She's quick to pick up new technology and enjoys testing devices that could lift her well-being. Gina likes to keep moving and often exercises at home or jogs through the park. She shares her home with her partner and their two kids, and the family is comfortably off.",
      personality: ["Caring", "Gadget-minded", "Proactive"],
      interests: ["Health", "Gadgets", "Running"],
      goals: [
        "Add remote video consultations to her practice so patients in the countryside can be seen.",
        "Finish a full marathon in the next two years.",
        "Find a fairer work-life balance so she gets more real time with her family."
      ],
      painPoints: [
        "A high-pressure job that leaves little time for her hobbies and her family.",
        "Feeling swamped by juggling her duties at home and at work."
      ],
      motivations: [
        "Widening access to care by offering consultations at a distance.",
        "Reaching her own fitness targets and keeping her overall well-being up.",
        "Doing real good for her family's everyday life and discovering ways to weigh up what matters most."
      ],
      coreNeeds: [
        "Time-saving answers for everyday chores.",
        "Better overall well-being through exercise and holistic health habits.",
      ],
      headerColor:'#12302B'
    }
  ];