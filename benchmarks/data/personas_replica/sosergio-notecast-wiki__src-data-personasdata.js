export default [{
  id: 1,
  name: "GRAHAM",
  age: 41,
  description: "Born in Dorset, Resides in Bristol, Brand executive",
  avatar: "/graham.png",
  demographic: [
    "Unmarried",
    "Digitally fluent",
    "35 minutes travel (15’ train, 20’ cycling+walking)",
    "Eager to keep growing as a person",
    "Now studying digital advertising software",
    "Enjoys debating current affairs with mates",
    "Has only tried podcasts a little"
  ],
  needs: [
    "Put his daily travel time to good use",
    "Move fast to fresh and engaging shows/episodes",
    "Mark notable moments to look into later or pass along"
  ],
  "serve by": [
    "An app usable without data",
    "Sort shows by subject",
    "Sort shows by latest",
    "Rate shows/episodes with his own marks",
    "Pin comments to a section of an episode",
    "Browse and sort his comments"
  ]
}, {
  id: 2,
  name: "JOANNE",
  age: 24,
  description: "From Norfolk, Auditor, Currently on baby leave",
  avatar: "/joanne.png",
  demographic: [
    "Wedded",
    "Has a uni degree",
    "Goes on lengthy park strolls with her infant",
    "Has long been curious about how minds work",
    "Diligent yet prizes hours with her family",
    "Has never listened to a podcast"
  ],
  needs: [
    "To stay driven throughout her time off with the baby",
    "To find out how podcasts work",
    "To organise her days in advance",
    "Backing from like-thinking folk"
  ],
  "serve by": [
    "Help from a network of people with shared issues/aims",
    "A shows/episodes journal",
    "Targets and advancement log"
  ]
}];