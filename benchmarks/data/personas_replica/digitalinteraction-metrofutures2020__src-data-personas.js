export default [
  {
    id: 0,
    name: "Brenda",
    desc: "Brenda has just retired and lives in Cradley Heath, Sandwell. Her friends stopped working a few years before her and got together every week while Brenda was still at work. Now that Brenda has more time on her hands, she's free to join them in the daytime for a coffee, a bit of shopping and a good chat.",
    img: "brenda.jpg"
  },
  {
    id: 1,
    name: "Arjun",
    desc: "Arjun works as a radiographer at Walsall Manor Hospital. Arjun and his husband, Callum moved out to Lichfield not long ago to be nearer the countryside. When Arjun first got the job in Walsall he drove in, but nowadays he chooses to cycle to Wednesbury Parkway and bring his bike onto the Metro whenever possible. He rides the Metro two times a day, Monday to Friday, at varying times depending on which shifts he has.",
    img: "arjun.jpg"
  },
  {
    id: 2,
    name: "Isla",
    desc: "Isla is 14 years old, and lives at home with her parents in Sutton Coldfield. She takes the Metro to school each day, setting off bright and early at 6:50 am. Isla likes being on her own and wants to get to school (and home) as fast as she can. What she loves most is reading and music.",
    img: "isla.jpg"
  },
  {
    id: 3,
    name: "Graham",
    desc: "Graham lives in Handsworth and works as a data analyst for a big firm. He takes the Metro to and from the office each weekday between Handsworth and Bull Street. Outside work Graham is keen on birdwatching and craft beer. Graham is a wheelchair user.",
    img: "graham.jpg"
  },
  {
    id: 4,
    name: "Winston",
    desc: "Winston lives on his own in Moxley, Darlaston but his two adult children are close by. He is happy with his own company, even though his social diary is packed. He’s got properly into music again lately and often takes the Metro to Symphony Hall and the 02 Institute in Digbeth. Winston has partly lost his eyesight because of problems linked to his diabetes.",
    img: "winston.jpg"
  },
  {
    id: 5,
    name: "Kirsty",
    desc: "Kirsty and Dean live in Bearwood, Smethwick with their two children 4-year-old Ruby and 8-month old Alfie. Kirsty works as a teaching assistant but is on maternity leave with Alfie at the moment and has Ruby at home with her too. Kirsty and the children take the Metro two or three times a week for days out to the parks or into Birmingham or Wolverhampton for museums and shopping.",
    img: "kirsty.jpg"
  },
]