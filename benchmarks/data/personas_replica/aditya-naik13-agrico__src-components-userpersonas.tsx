import { motion, useInView } from 'motion/react';
import { useRef } from 'react';
import imgEo6L3Txj8Jl412 from "figma:asset/2b064ed64a7aa94bfea6335e455692de981500fe.png";
import imgOip1 from "figma:asset/3ec414febfadd8c09be5cd554bfc5b43ee034734.png";
import imgRectangle11 from "figma:asset/6d80745e182bb17dc9a5d9a7129b79a3f6128fb8.png";

export default function UserPersonas() {
  const ref = useRef(null);
  const isInView = useInView(ref, { once: false, amount: 0.1 });

  const personas = [
    {
      number: "1",
      name: "Mohan (Smallholder Farmer)",
      description: "is a modest-sized grower who raises an assortment of fruit and vegetables on land that is family-owned. He can reach only a handful of markets and finds it hard to locate buyers ready to pay a fair rate for his harvest.",
      image: imgEo6L3Txj8Jl412,
      painPoints: [
        "Trouble getting trustworthy, fair price data for his crops.",
        "Narrow access to markets and dependence on brokers to sell his harvest."
      ],
      benefits: [
        "Open, visible prices that ensure growers are paid fairly.",
        "Wider selling options by supplying state agencies directly."
      ]
    },
    {
      number: "2",
      name: "Kavita (Govt. Purchaser)",
      description: "is employed by the government's farm purchasing division and is in charge of buying fresh produce from nearby growers to keep state-run institutions supplied.",
      image: imgOip1,
      painPoints: [
        "Struggling to obtain top-grade produce from dependable vendors.",
        "Little openness about prices and quality grading during trades.",
        "Labour-intensive forms and chores tied to running the purchasing workflow."
      ],
      benefits: [
        "Delivers live-updated price and supply details",
        "Lighter admin workload thanks to automatic record keeping and tools for tracking each sale."
      ]
    },
    {
      number: "3",
      name: "Venkat(Commercial Farmer)",
      description: "is an affluent and autonomous grower who runs a large-scale farming business, cultivating a range of high-value crops. He commands ample resources and facilities of his own, among them modern machinery and tools.",
      image: imgRectangle11,
      painPoints: [
        "Hard to handle big volumes of harvest all on his own.",
        "Bulk harvests fetching less money than the going market rate."
      ],
      benefits: [
        "A private stock view listing present holdings and any assets newly added.",
        "Liberty to price his harvest according to how good it is."
      ]
    }
  ];

  return (
    <section ref={ref} className="relative min-h-screen px-4 md:px-8 lg:px-16 py-20 md:py-32 bg-white">
      <div className="max-w-7xl mx-auto">
        {/* Title */}
        <motion.h2
          className="text-[#35CB68] text-5xl md:text-7xl lg:text-8xl mb-12 leading-tight"
          initial={{ opacity: 0, y: 50 }}
          animate={isInView ? { opacity: 1, y: 0 } : { opacity: 0, y: 50 }}
          transition={{ duration: 0.6 }}
        >
          User Personas
        </motion.h2>

        <div className="w-full max-w-sm h-0.5 bg-white mb-16" />

        {/* Personas Grid */}
        <div className="space-y-20">
          {personas.map((persona, index) => (
            <motion.div
              key={persona.number}
              className="relative"
              initial={{ opacity: 0, y: 50 }}
              whileInView={{ opacity: 1, y: 0 }}
              viewport={{ once: false, amount: 0.2 }}
              transition={{ delay: index * 0.2, duration: 0.6 }}
            >
              <div className="grid grid-cols-1 lg:grid-cols-12 gap-8 items-start">
                {/* Large Number Background */}
                <div className="lg:col-span-1 relative">
                  <span className="text-[200px] text-[rgba(53,203,104,0.24)] leading-none">
                    {persona.number}
                  </span>
                </div>

                {/* Left Column: Name, Description */}
                <div className="lg:col-span-3">
                  <h3 className="text-[#006711] text-2xl md:text-3xl lg:text-4xl mb-4">
                    {persona.name}
                  </h3>
                  <p className="text-[#4D4D4D] text-lg md:text-xl lg:text-2xl leading-relaxed">
                    {persona.description}
                  </p>
                </div>

                {/* Middle Column: Image */}
                <div className="lg:col-span-3 flex justify-center items-center">
                  <img 
                    src={persona.image} 
                    alt={persona.name}
                    className="w-48 h-48 md:w-64 md:h-64 object-cover rounded-lg"
                    style={{ transform: persona.number === "3" ? "rotate(-5.26deg)" : "none" }}
                  />
                </div>

                {/* Right Columns: Pain Points & Benefits */}
                <div className="lg:col-span-5 grid grid-cols-1 md:grid-cols-2 gap-6">
                  {/* Pain Points */}
                  <div>
                    <h4 className="text-[#E43334] text-xl md:text-2xl lg:text-3xl mb-4">Pain Points</h4>
                    <ul className="space-y-2">
                      {persona.painPoints.map((point, i) => (
                        <li key={i} className="text-[#4D4D4D] text-base md:text-lg lg:text-xl leading-relaxed">
                          {point}
                        </li>
                      ))}
                    </ul>
                  </div>

                  {/* Benefits */}
                  <div>
                    <h4 className="text-[#0FA379] text-xl md:text-2xl lg:text-3xl mb-4">Benefits</h4>
                    <ul className="space-y-2">
                      {persona.benefits.map((benefit, i) => (
                        <li key={i} className="text-[#4D4D4D] text-base md:text-lg lg:text-xl leading-relaxed">
                          {benefit}
                        </li>
                      ))}
                    </ul>
                  </div>
                </div>
              </div>
            </motion.div>
          ))}
        </div>
      </div>
    </section>
  );
}
