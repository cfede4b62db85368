import { motion } from 'framer-motion';
import { useRef } from 'react';
import { MapPin, Clock, GraduationCap, Briefcase, Home } from 'lucide-react';

import kiranImg from '../assets/personas/kiran.png';
import meeraImg from '../assets/personas/meera.png';
import rohanImg from '../assets/personas/rohan.png';

const personas = [
  {
    name: 'Kiran',
    tagline: 'The Expat Professional',
    location: 'Manchester, UK',
    age: 29,
    icon: Briefcase,
    color: 'green',
    gradient: 'from-green-500/20 to-emerald-500/10',
    image: kiranImg,
    pain: 'Loses 25+ minutes reading labels in grocery stores.',
    goal: 'Fast confirmation without checking each ingredient.',
    quote: '"Just tell me yes or no. Can I eat this one?"',
  },
  {
    name: 'Meera',
    tagline: 'The Work Traveller',
    location: 'Bengaluru, India',
    age: 34,
    icon: Home,
    color: 'blue',
    gradient: 'from-blue-500/20 to-cyan-500/10',
    image: meeraImg,
    pain: 'Sticks solely to Indian eateries on trips overseas.',
    goal: 'Sample regional boxed foods with confidence.',
    quote: '"I skip regional treats since I\'m never certain."',
  },
  {
    name: 'Rohan',
    tagline: 'The Overseas Student',
    location: 'Vancouver, Canada',
    age: 21,
    icon: GraduationCap,
    color: 'purple',
    gradient: 'from-purple-500/20 to-pink-500/10',
    image: rohanImg,
    pain: 'Very tight budget, can\'t risk paying for the wrong products.',
    goal: 'Quick, reliable replies that suit student funds.',
    quote: '"Each bad buy is cash I can\'t ever recover."',
  },
];

const colorClasses: Record<string, { border: string; text: string; bg: string }> = {
  green: { border: 'border-green-500/30', text: 'text-green-400', bg: 'bg-green-500/10' },
  blue: { border: 'border-blue-500/30', text: 'text-blue-400', bg: 'bg-blue-500/10' },
  purple: { border: 'border-purple-500/30', text: 'text-purple-400', bg: 'bg-purple-500/10' },
};

const Personas = () => {
  const containerRef = useRef<HTMLDivElement>(null);

  return (
    <section className="min-h-screen gradient-section py-24 overflow-hidden">
      <div className="max-w-7xl mx-auto px-4">
        {/* Header */}
        <motion.div
          initial={{ opacity: 0, y: 30 }}
          whileInView={{ opacity: 1, y: 0 }}
          viewport={{ once: true }}
          transition={{ duration: 0.8 }}
          className="text-center mb-12"
        >
          <span className="text-sm font-bold uppercase tracking-widest text-blue-400 mb-4 block">
            User Personas
          </span>
          <h2 className="text-4xl md:text-5xl font-black mb-4">
            Who <span className="text-gradient-blue">Experiences</span> This Problem?
          </h2>
          <p className="text-gray-400 text-lg max-w-xl mx-auto">
            Swipe to meet the folks we're designing for.
          </p>
        </motion.div>



        {/* Horizontal Scroll Container */}
        <div
          ref={containerRef}
          className="horizontal-scroll flex gap-8 pb-8 px-4 snap-x snap-mandatory"
        >
          {personas.map((persona, index) => {
            const Icon = persona.icon;
            const colors = colorClasses[persona.color];
            return (
              <motion.div
                key={persona.name}
                initial={{ opacity: 0, scale: 0.9 }}
                whileInView={{ opacity: 1, scale: 1 }}
                viewport={{ once: true, margin: '-50px' }}
                transition={{ duration: 0.6, delay: index * 0.1 }}
                className={`flex-shrink-0 w-[350px] md:w-[400px] glass-card ${colors.border} border p-8 snap-center`}
              >
                {/* Header with Image */}
                <div className="flex items-center gap-4 mb-6">
                  <div className="relative">
                    <img
                      src={persona.image}
                      alt={persona.name}
                      className="w-20 h-20 rounded-2xl object-cover grayscale hover:grayscale-0 transition-all duration-500"
                    />
                    <div className={`absolute -bottom-2 -right-2 w-8 h-8 ${colors.bg} rounded-lg flex items-center justify-center border ${colors.border}`}>
                      <Icon className={`w-4 h-4 ${colors.text}`} />
                    </div>
                  </div>
                  <div>
                    <h3 className="text-2xl font-black">{persona.name}</h3>
                    <p className={`text-sm font-semibold ${colors.text}`}>{persona.tagline}</p>
                  </div>
                </div>


                {/* Meta */}
                <div className="flex gap-4 mb-6 text-sm text-gray-400">
                  <span className="flex items-center gap-1">
                    <MapPin className="w-4 h-4" /> {persona.location}
                  </span>
                  <span className="flex items-center gap-1">
                    <Clock className="w-4 h-4" /> Age {persona.age}
                  </span>
                </div>

                {/* Pain & Goal */}
                <div className="space-y-4 mb-6">
                  <div>
                    <span className="text-xs font-bold uppercase text-red-400 mb-1 block">Pain</span>
                    <p className="text-gray-300 text-sm">{persona.pain}</p>
                  </div>
                  <div>
                    <span className="text-xs font-bold uppercase text-green-400 mb-1 block">Goal</span>
                    <p className="text-gray-300 text-sm">{persona.goal}</p>
                  </div>
                </div>

                {/* Quote */}
                <div className={`p-4 rounded-xl ${colors.bg} border ${colors.border}`}>
                  <p className="text-sm italic text-gray-200">{persona.quote}</p>
                </div>
              </motion.div>
            );
          })}
        </div>


      </div>
    </section>
  );
};

export default Personas;
