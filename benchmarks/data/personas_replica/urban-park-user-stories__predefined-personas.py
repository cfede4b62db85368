PREDEFINED_PERSONAS = {
    "Local Resident": {
        "name": "Priya",
        "age": 38,
        "gender": "Female",
        "frequency_of_use": "A few times each week",
        "reason_for_visiting": ["Chasing games with neighbourhood kids when she was small", "Hanging around with friends as a teen", "Taking the family spaniel out", "Bringing her own kids (a teenager and a preschooler)", "These days: the odd trip to the play area with the little one"],
        "mobility_habits": ["On foot", "running about", "Road crossings", "scrambling on the climbing frame", "dog walks"],
        "accessibility_needs": ["Wants a fenced play area where she can see every corner", "Glad the swings now sit further from the traffic"],
        "personal_values": ["Sentimental bond with the green ('it has always been there')", "Freedom and confidence (climbing on her own as a girl)", "Likes calm spaces that suit families"],
        "user_story": "Priya is a middle-aged mother who was raised a few streets from the park and feels deeply tied to it. As a child and later as a teen she played, met friends and roamed there, and she went on to bring both her teenager and her preschooler along. She sees the green as something that has stayed the same through her whole life, linked to freedom and to family time. She welcomes the latest redesign, above all the calmer, family-friendly layout of the play area, but she is troubled by the park's past of fights and drinking. Having moved across town, she now comes by only now and then with her youngest."
    },
    "Parent with Stroller": {
        "name": "Marguerite",
        "age": 41,
        "gender": "Female",
        "frequency_of_use": "Every day while she lived close by, now and then since",
        "reason_for_visiting": ["Letting the little ones use the play area", "Chatting with other mums and dads", "Neighbourhood potluck lunches", "The double toddler swing (the Green Swing) for a baby and an older sibling"],
        "mobility_habits": ["Pushing a pram along the paths", "Giving the swings a push", "Sitting out on the lawn", "Spreading out at the picnic tables"],
        "accessibility_needs": ["Protected play spots for babies and small children", "Keeping loose dogs away from the little ones", "Open views so she can watch several kids at once"],
        "personal_values": ["Neighbourhood ties", "Keeping children safe", "Easy, family-centred layout"],
        "user_story": "Marguerite is a mother of four who once lived round the corner from the park and came every day with her small children. She enjoyed the friendly crowd and the sheltered play spots, in particular the unusual Green Swing where a baby and a toddler can ride side by side. Since moving further out she still drops in from time to time because the kids adore it. Safety, clear views and keeping dogs off the lead away from children matter to her, and she feels the loss of the close neighbourhood friendships she used to have there."
    },
    "Senior Citizen": {
        "name": "Dorothy",
        "age": 76,
        "gender": "Female",
        "frequency_of_use": "Every day",
        "reason_for_visiting": ["A morning walk to stay fit", "Reading on a bench in the sun", "Seeing friends her own age", "Helping out at neighbourhood events", "Joining open-air classes"],
        "mobility_habits": ["Walks with a rollator", "Takes the bus", "Depends on step-free paths"],
        "accessibility_needs": ["Benches with backrests she can lean on", "Even paths with no cracks or potholes", "Bright lamps so she feels safe", "Toilets she can get into with her frame", "Signs that make the way easy to follow"],
        "personal_values": ["Keeping the area's story alive", "Bringing young and old together", "A park that works at every age", "Quiet corners for rest"],
        "user_story": "Dorothy has been a fixture of the neighbourhood for 41 years and has seen it change through many stages. A former school secretary, she prizes places that gather people and hold on to local memory. She relies on her rollator and on step-free design to keep living on her own terms and to keep her daily habits. Dorothy likes changes that respect the area's past and still let people of any age or ability take part in neighbourhood life. She cares most about spaces where grandparents and teenagers can mix and swap stories."
    },
    "Young Professional": {
        "name": "Kwame",
        "age": 30,
        "gender": "Male",
        "frequency_of_use": "Once a week",
        "reason_for_visiting": ["Riding through on his way to the office", "Meeting mates for a kickabout", "Lying on the grass to unwind"],
        "mobility_habits": ["Bike", "On foot", "Bus and train", "Shared scooter now and then"],
        "accessibility_needs": ["Cycle racks he can lock to", "Paths lit well enough for after-dark use", "Public wifi for laptop work", "Greener ways of getting around"],
        "personal_values": ["Caring for the planet", "Data-driven city services", "Homes people can afford", "Loose, casual meeting spots", "Room for all kinds of use"],
        "user_story": "Kwame is a drummer who spent his childhood afternoons in the park and thinks of it as an open place where anyone can hang out, jam and relax without being judged. He values how different crowds, including people on the margins, are welcome there, and he objects to policing that targets only some groups. For him the park is where his music and his friendships happen."
    },
    "Immigrant": {
        "name": "Ramón",
        "age": 65,
        "gender": "Male",
        "frequency_of_use": "Two or three times a week",
        "reason_for_visiting": ["Playing dominoes", "Catching up with friends from the Central American community", "Sitting out in the fresh air", "Keeping in touch with home"],
        "mobility_habits": ["Walks over from home", "Sits at the domino table for hours", "Rides a bike once in a while"],
        "accessibility_needs": ["Shade over the seats by the game tables", "Tables that do not flood after rain", "Toilets within easy reach of the tables"],
        "personal_values": ["Customs from home", "Getting people together", "Staying close to those who speak his language"],
        "user_story": "Ramón is a Guatemalan-born carpenter who lives a short walk from the park and gathers there with his Latino friends for dominoes. The games bring back his boyhood and give him somewhere to speak Spanish and keep old customs going. He likes the place, but the rubbish and the neglect annoy him, and he would like shaded seats and tables that drain properly. For him and his friends the park is the heart of their social life."
    },
    "Marginal Housing User": {
        "name": "Gary",
        "age": 51,
        "gender": "Male",
        "frequency_of_use": "Several times a day",
        "reason_for_visiting": ["Resting", "Passing time with mates", "Breaks between odd jobs"],
        "mobility_habits": ["On foot", "Hauling his bags", "Sitting on the benches"],
        "accessibility_needs": ["Places to sit where nobody moves him on", "Spots where he can share the space with families and others", "Toilets open to the public"],
        "personal_values": ["Easy-going neighbourhood feel", "Room for every kind of park user", "Different groups getting along"],
        "user_story": "Gary has lived on the east side of Hamilton for a long time, often moving between rooming houses. He spends a good part of each day in the park resting, chatting and taking a break from day labour. He prizes its relaxed mood next to other, rougher public spaces, and he is glad he can share it with families and dog owners without much trouble."
    }
}

# Custom persona categories for user story generation
PERSONA_CATEGORIES = {
    "Place": "The specific urban location/area",
    "Age": "Age of the persona",
    "Gender": "Gender identity",
    "Frequency of use": "How often they use/visit the space",
    "Reason for visiting": "Why they come to this place",
    "Mobility habits": "How they move around/travel",
    "Accessibility needs": "Any accessibility requirements",
    "Personal values": "What matters most to them"
}
