// Persona data
const personas = {
    greg: {
        name: "Greg Halvorsen",
        role: "Architect",
        age: 45,
        education: "Bachelor Degree",
        status: "Married, 2 children",
        occupation: "Architect",
        location: "Truckee, CA",
        techLiterate: "Medium",
        quote: "Can AI help me weigh these plans against each other and make sure Owen stays covered?",
        bio: "Greg is a 45-year-old Architect whose wife Julia (a Product Manager at Medtronic) and he have two kids, Owen (12) and Sophie (9). Open enrollment for the family falls to him, and he has to weigh up 6 separate insurance policy options (2 through his firm and 4 through Julia's) to land on the right mix of price and coverage. Above all he wants Owen, who has special needs, to keep seeing the specialist doctors he relies on without any break. Greg has started using AI in his job and wonders whether it could help him with this healthcare search.",
        coreNeeds: [
            "Clear Provider Networks: Wants an easy way to look up Owen's existing specialists in several different insurance networks to confirm they are covered.",
            "Speed: Has to decide fast without wading through hundreds of pages of policy language, since his job is demanding.",
            "Clarity on Family Coverage: Has to know precisely which \"special needs therapists\" the plan pays for vs. what he pays himself."
        ],
        frustrations: [
            "Scattered Details: Annoyed that Julia's plan information sits in another portal from his own, so comparing them by hand is hard.",
            "Fear of Disruption: Worried he might pick the wrong plan by mistake and have to move Owen's doctors.",
            "Surprise Charges: Scared of large bills he did not expect even though his premiums are steep."
        ],
        personality: ["Outgoing", "Analytical", "Outdoorsy", "Adventurous"],
        brands: ["Google", "Autodesk", "Patagonia", "Subaru", "Costco"],
        paymentMedium: ["High-end credit cards", "HSA/FSA cards"],
        platform: ["Browser", "Tablet"],
        aiFluency: "Explorer",
        aiFluencyLevel: 3
    },
    "diego-ana": {
        name: "Diego and Ana Morales",
        role: "Co-Owners & Craftspeople",
        age: 31,
        education: "Bachelors in communications",
        status: "Married",
        occupation: "Co-Owners & Craftspeople",
        location: "Hawthorne, CA",
        techLiterate: "High",
        quote: "I am use to with online services and I mostly make my sales from shopify.",
        bio: "Diego and Ana quit their regular office jobs not long ago to turn their love of woodworking into a full-time living. They rent a townhouse in Hawthorne and have turned its double garage into a lathe workshop. Most of what they make, hand-turned bowls, pens and vases, sells on Shopify and at craft fairs around Los Angeles. Being new to running a business, they handle social media promotion and stock tracking well, yet benefits leave them totally at sea. Only a year has passed since they became too old for their parents' coverage, and before that they had plans through their employers. Heading into their first full year of working for themselves, they have no insurance and worry about getting hurt in the workshop.",
        coreNeeds: [
            "Coverage Right Away: They have to buy health insurance now (Open Enrollment or a Special Enrollment window) yet freeze up at all the options and terms. They aren't sure whether to sign up as a \"small business\" (a group plan) or each on their own through Covered California.",
            "Steady Costs: What they earn swings from one month to the next with their Shopify sales. They want a premium that won't drain them in quiet months.",
            "Cover for Emergencies: Because Diego uses lathes and saws all day, a hand injury that needs an operation is their biggest fear. Emergency cover matters more to them than everyday care."
        ],
        frustrations: [
            "\"Group\" vs. \"Individual\" Mix-up: They have been told a married couple may count as a \"group of two\" when buying business cover, but they can't tell whether that applies in California or whether it's less costly than plans for individuals.",
            "Guessing Income: The form wants their \"Projected Annual Income.\" With a business this young, it is guesswork. They worry that aiming low means owing the IRS, and aiming high means overpaying on premiums.",
            "Unclear Networks: Hawthorne puts them close to a few big hospital systems (Cedars-Sinai, Dignity Health, Harbor-UCLA), but they can't tell which plans include which doctors."
        ],
        personality: ["Paperwork-adverse", "Worst-case thinkers", "Digitally Demanding", "Tech-savvy"],
        brands: ["Pinterest", "TikTok", "Instagram", "Shopify"],
        paymentMedium: ["Credit Card", "Digital Payment"],
        platform: ["Website", "Mobile App", "Smartwatch"],
        aiFluency: "Casual",
        aiFluencyLevel: 1
    },
    chloe: {
        name: "Chloe Bennett",
        role: "Product Designer (laid off)",
        age: 30,
        education: "Bachelors in Fine Arts",
        status: "Single",
        occupation: "Product Designer (laid off)",
        location: "Oakland",
        techLiterate: "High",
        quote: "I am use to with online services and I mostly do my online buying from TikTok.",
        bio: "She lives in Oakland these days, having lost her Product Design job at a large tech firm eight weeks ago. She's spending the break applying for jobs, seeing friends, and doing a bit of travel. She's shopping for PPO health cover while she is between jobs. Her severance did include COBRA, but it cost far too much ($690/month) for one person. She has to have insurance since a cyst means she gets a breast ultrasound twice a year.",
        coreNeeds: [
            "Has to find a plan that fits what she needs (an ultrasound that repeats twice a year)",
            "Get a PPO plan at a fair monthly price that pays for her ultrasounds"
        ],
        frustrations: [
            "Weighing up the plans on offer is bewildering, both in the process and in making sense of them"
        ],
        personality: ["Introvert", "Reflective", "Big spender", "Tech-savvy"],
        brands: ["Pinterest", "TikTok", "Instagram", "Aritzia", "Zara"],
        paymentMedium: ["Credit Card", "Digital Payment"],
        platform: ["Website", "Mobile App"],
        aiFluency: "Casual",
        aiFluencyLevel: 1
    },
    rosa: {
        name: "Rosa Delgado",
        role: "Family Caregiver",
        age: 56,
        education: "Some College",
        status: "Married",
        occupation: "Family Caregiver",
        location: "Fresno, California",
        techLiterate: "Low-Medium",
        quote: "My mother means the world to me, yet on some days it feels like I'm battling the insurer more than I'm looking after her. The system makes doing the right thing so difficult. All I want is for her to live with dignity - why must that be so hard?",
        bio: "Rosa is a devoted, caring carer who has spent six years giving her mother, who has Alzheimer, full care at home. The job covers every part of caregiving, from help with everyday tasks to managing medical care and keeping her good company. Medicaid pays her for the care she gives. Rosa speaks two languages (English/Spanish) and lives near Fresno.",
        coreNeeds: [
            "Give her mom good, dignified care so she can grow old safely at home",
            "Get care plans and medical details that are clear and easy to reach",
            "A dependable way to stay in touch with nurses and doctors"
        ],
        frustrations: [
            "Can barely get at her mom's health records and care plans",
            "Hours lost waiting on hold with insurers when she could be giving care",
            "Claims turned down for services approved in advance"
        ],
        personality: ["Outgoing", "Caring", "Resourceful", "Patient"],
        brands: ["Telemundo", "Univision", "Pinterest", "TikTok", "Instagram"],
        paymentMedium: ["Cash/Cheque", "Digital Payment"],
        platform: ["Website", "Mobile App"],
        aiFluency: "Avoidant",
        aiFluencyLevel: 0
    },
    debbie: {
        name: "Debbie Marchetti",
        role: "Retired",
        age: 65,
        education: "Bachelors in Chemistry",
        status: "Married",
        occupation: "Retired",
        location: "Modesto CA",
        techLiterate: "High",
        quote: "Our RV takes us all across the country, so our insurance has to work everywhere we end up. Medicare and all its parts baffle me - I only want to know what I'm actually buying.",
        bio: "Debbie and her Husband Ron put in roughly 28 years at Sandia Lab. Although Debbie has been on disability – workman's comp these past 7 years because of neck injuries. Ron is 4 years her senior and stopped working 3 years ago. Their home in Modesto CA is lovely, but they wouldn't remain in CA if the grandkids weren't here. In their spare time they drive the RV across the country and go on cruises. Debbie's mother has died, but her Dad and brother live in Ohio. Ron and Debbie like having options and were unhappy that at 65 Medicare was required regardless. Because of their income, they now pay roughly 120 more each for Medicare coverage. Debbie used to be covered by Ron's employer plan but now has no choice but Medicare. Both served in the Navy before their working lives.",
        coreNeeds: [
            "She is after a solid insurance that helps with her neck trouble.",
            "Since they travel, they need the insurance to be covered wherever they are.",
            "She has to sign up for Medicare, Part A covers hospital, part B covers visits to the doctors office and Part D covers drugs."
        ],
        frustrations: [
            "Debbie refuses to return to Sutter since they botched a surgery of hers.",
            "All the parts of Medicare annoy her and she cannot tell which is which or where to find answers.",
            "She'll owe $297 by her own reckoning based on her income, filing taxes separately. That is 165 more than she used to pay."
        ],
        personality: ["Road-tripper", "Independent", "Family-focused", "Budget-minded"],
        brands: ["Pinterest", "Food Network", "Walmart", "Ross"],
        paymentMedium: ["Cash", "Credit", "Digital"],
        platform: ["Website", "Mobile App", "Smartwatch"],
        aiFluency: "Casual",
        aiFluencyLevel: 1
    }
};

// AI Fluency levels
const aiFluencyLevels = ["Avoidant", "Casual", "Comfortable", "Explorer", "Integrated"];

// Persona image mapping
const personaImages = {
    greg: "halvorsen.png",
    "diego-ana": "morales.png",
    chloe: "bennett.png",
    rosa: "delgado.png",
    debbie: "marchetti.png"
};
