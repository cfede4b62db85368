import React from "react";

const personas = [
    {
        name: "Imani, the Podcast Junkie (They/Them)",
        age: 34,
        occupation: "Program Manager",
        location: "Philadelphia",
        techSavviness: "Medium",
        image:
            "https://media.licdn.com/dms/image/v2/E7712BQHkWr2mXpTzQa/profile-displayphoto-shrink_400_400/profile-displayphoto-shrink_400_400/0/1702284410937?e=1735171200&v=beta&t=K19wUbcR3nLqVx0Ze7TgHs2YmPa4dFj8oNi6WuXk5Bt",
        backStory:
            "Imani is a busy working professional with a long daily commute. Podcasts are their chief source of news and fun, yet handling paid ad-free feeds by hand leaves them annoyed. They back several creators on Patreon and enjoy hunting for fresh shows in the niches they care about, such as technology and personal growth.",
        goals: [
            "Make listening to podcasts smoother",
            "Reach paid ad-free episodes with no effort",
            "Find new shows with no fuss",
        ],
        frustrations: [
            "Thinks loading XML feed files by hand is a chore",
            "Has no one app that handles every podcast they follow",
        ],
        motivations: [
            "Spend less time and energy organising podcasts",
            "Keep up with their best-loved shows with nothing cutting in",
        ],
        idealExperience:
            "Imani would like a tool that links straight to their Patreon account and pulls in every paid show on its own, letting them listen without breaks, commutes included.",
    },
    {
        name: "Denise, the Podcast Beginner (She/Her)",
        age: 61,
        occupation: "Middle School Librarian",
        location: "Tucson, AZ",
        techSavviness: "Low",
        image:
            "https://media.licdn.com/dms/image/v2/B8F21AQNp4sYt0LcvRw/profile-displayphoto-shrink_800_800/profile-displayphoto-shrink_800_800/0/1608832165204?e=1736985600&v=beta&t=Vd3Qm8YjRx0aKs5TpEw2LbNh7Uz4GcFi9Ok1Xq6ZsJe",
        backStory:
            "Denise took up podcasts not long ago after friends suggested a few. Handling apps or bringing in content isn’t something she knows well, and simple tech chores often trip her up. She likes the paid podcasts she gets through Patreon, but loading the files by hand leaves her frustrated and confused.",
        goals: [
            "Get to paid podcasts with no technical hurdles",
            "Keep it all in one spot instead of hopping between apps",
            "Listen in her spare time with nothing breaking in",
        ],
        frustrations: [
            "Has a hard time with tech, above all juggling several podcast apps",
            "Feels swamped by having to import XML files manually",
        ],
        motivations: [
            "Track down a plain, simple tool for handling podcasts",
            "Listen to her best-loved podcasts without any breaks",
        ],
        idealExperience:
            "Denise would like an easy tool that sorts and syncs every one of her podcasts by itself, with no manual importing at all. She wants something obvious to use that doesn’t ask for much technical know-how.",
    },
];

const Personas = () => {
    return (
        <div className="bg-gray-50 min-h-screen">
            <div className="container mx-auto px-6 lg:px-20 py-16">
                <h1 className="text-4xl font-bold text-center text-gray-900 mb-12">
                    Personas
                </h1>
                <div className="grid grid-cols-1 lg:grid-cols-2 gap-10">
                    {personas.map((persona, index) => (
                        <div
                            key={index}
                            className="flex flex-col lg:flex-row items-start bg-white rounded-lg shadow-lg p-6 hover:shadow-xl transition"
                        >
                            {/* Image */}
                            <img
                                src={persona.image}
                                alt={persona.name}
                                className="w-32 h-32 rounded-full shadow-lg lg:mr-6 flex-shrink-0"
                            />
                            {/* Text Content */}
                            <div className="mt-4 lg:mt-0">
                                <h3 className="text-2xl font-semibold text-gray-800">
                                    {persona.name}
                                </h3>
                                <p className="text-gray-600 mt-1">
                                    <strong>Age:</strong> {persona.age}
                                </p>
                                <p className="text-gray-600">
                                    <strong>Occupation:</strong> {persona.occupation}
                                </p>
                                <p className="text-gray-600">
                                    <strong>Location:</strong> {persona.location}
                                </p>
                                <p className="text-gray-600">
                                    <strong>Tech-Savviness:</strong> {persona.techSavviness}
                                </p>

                                <h4 className="text-lg font-bold text-gray-800 mt-4">
                                    Back Story
                                </h4>
                                <p className="text-gray-600">{persona.backStory}</p>

                                <h4 className="text-lg font-bold text-gray-800 mt-4">Goals</h4>
                                <ul className="list-disc pl-6 text-gray-600">
                                    {persona.goals.map((goal, i) => (
                                        <li key={i}>{goal}</li>
                                    ))}
                                </ul>

                                <h4 className="text-lg font-bold text-gray-800 mt-4">
                                    Frustrations
                                </h4>
                                <ul className="list-disc pl-6 text-gray-600">
                                    {persona.frustrations.map((frustration, i) => (
                                        <li key={i}>{frustration}</li>
                                    ))}
                                </ul>

                                <h4 className="text-lg font-bold text-gray-800 mt-4">
                                    Motivations
                                </h4>
                                <ul className="list-disc pl-6 text-gray-600">
                                    {persona.motivations.map((motivation, i) => (
                                        <li key={i}>{motivation}</li>
                                    ))}
                                </ul>

                                <h4 className="text-lg font-bold text-gray-800 mt-4">
                                    Ideal Experience
                                </h4>
                                <p className="text-gray-600">{persona.idealExperience}</p>
                            </div>
                        </div>
                    ))}
                </div>
            </div>
        </div>
    );
};

export default Personas;
