import { motion } from 'framer-motion'
import SectionHeader from './SectionHeader'

const quadrants = [
  {
    title: 'Goals & Motivations',
    color: '#B85C38',
    items: [
      'Buy garments that feel distinctive, easy to wear, and rooted in culture',
      'Back Indian craftspeople without giving up his own sense of style',
      'Get heritage fabrics in forms that suit every-day outfits',
      'Come across genuine handmade goods without trawling trade shows or artisan markets',
    ],
  },
  {
    title: 'Frustrations & Pain Points',
    color: '#2D3561',
    items: [
      'Ajrakh is absent from the sites and shops he genuinely buys from',
      'Factory prints crowd the listings, so real handloom stays hidden from view',
      'Steeper cost with no evident craftsmanship or backstory to explain it',
      'Can\'t track down heritage garments in current cuts fit for campus or daily wear',
    ],
  },
  {
    title: 'Behaviours & Habits',
    color: '#6B8F71',
    items: [
      'Spots new looks through YouTube Shorts and designer showcases',
      'Buys on the web first — Ajio, Flipkart, YouTube storefronts',
      'Leans toward fusion garments rather than fully classic looks',
      'Tracks worldwide trends that set his standard for "wearable"',
      'Puts good design and originality first when deciding what to buy',
    ],
  },
  {
    title: 'A Day In Their Life',
    color: '#C9952A',
    isNarrative: true,
    text: `Tanmay browses YouTube first thing each day — international labels fill his recommendations. When buying clothes he goes to Ajio, where heritage items sit 12 pages down the results. He'd happily purchase Ajrakh if it came in a contemporary cut he could wear on campus — but hunting for it takes too much effort. Now and then at a campus culture fest or artisan market, he spots Ajrakh and feels truly pulled toward it. But there's nothing that lets him find it again afterwards.`,
  },
]

const container = {
  hidden: {},
  visible: { transition: { staggerChildren: 0.1 } },
}
const item = {
  hidden: { opacity: 0, y: 40 },
  visible: { opacity: 1, y: 0, transition: { duration: 0.6 } },
}

export default function UserPersona() {
  return (
    <section id="persona" className="py-[120px]" style={{ backgroundColor: '#1A1614' }}>
      <div className="max-w-[1280px] mx-auto px-6 lg:px-10">
        <SectionHeader
          phase="Empathy Phase"
          title="User Persona"
          subtitle="Drawn from 3 interviews and 138 poll responses."
          light
        />

        {/* Hero persona card */}
        <motion.div
          initial={{ opacity: 0, y: 40 }}
          whileInView={{ opacity: 1, y: 0 }}
          viewport={{ once: true, margin: '-100px' }}
          transition={{ duration: 0.7 }}
          className="mb-6 p-8 md:p-12 rounded-sm"
          style={{ backgroundColor: '#231E1B' }}
        >
          <div className="flex flex-col md:flex-row md:items-start gap-8">
            {/* Avatar */}
            <div className="flex-shrink-0">
              <div className="w-20 h-20 rounded-full bg-terracotta flex items-center justify-center">
                <span className="font-cormorant font-semibold text-2xl text-white">TM</span>
              </div>
            </div>

            <div className="flex-1">
              <div className="flex flex-wrap items-start gap-6 mb-6">
                <div>
                  <h3 className="font-cormorant font-semibold text-3xl text-[#F5F0E8]">Tanmay</h3>
                  <p className="font-dm text-xs text-[#F5F0E8]/40 tracking-widest uppercase mt-1">Composite Persona</p>
                </div>
                <div className="flex flex-wrap gap-3 mt-1">
                  {[
                    ['Role', 'Graduate-level learner'],
                    ['Age', '21–25'],
                    ['Location', 'Indian metro'],
                    ['Tech', 'Very fluent'],
                    ['Shopping', 'Internet-first'],
                  ].map(([k, v]) => (
                    <div key={k} className="flex items-center gap-2">
                      <span className="font-dm text-[10px] tracking-widest uppercase text-[#F5F0E8]/30">{k}:</span>
                      <span className="font-dm text-[11px] text-[#F5F0E8]/60">{v}</span>
                    </div>
                  ))}
                </div>
              </div>

              <blockquote className="font-cormorant italic text-[#F5F0E8]/90 leading-snug border-l-2 border-terracotta pl-6"
                style={{ fontSize: 'clamp(18px, 2.2vw, 26px)' }}>
                "Heritage crafts are beaten by fast fashion as they miss current appeal
                and exposure — Ajrakh will endure only if it evolves."
              </blockquote>
            </div>
          </div>
        </motion.div>

        {/* Proto-persona */}
        <motion.div
          initial={{ opacity: 0, y: 30 }}
          whileInView={{ opacity: 1, y: 0 }}
          viewport={{ once: true, margin: '-100px' }}
          transition={{ duration: 0.6, delay: 0.1 }}
          className="mb-10 p-6 md:p-8 rounded-sm border border-white/10"
        >
          <p className="font-dm text-[11px] tracking-widest uppercase text-[#F5F0E8]/40 mb-3">Proto-Persona</p>
          <p className="font-dm text-xs text-[#F5F0E8]/50 mb-4">Based on: S. Anirudh, 3rd-year EEE, Shiv Nadar University</p>
          <p className="font-cormorant italic text-[#F5F0E8]/80 text-lg leading-relaxed mb-5">
            "I want something original and well built. Indian patterns fit me more —
            but tailored beats handmade when it comes to lasting long."
          </p>
          <div className="space-y-2">
            <p className="font-dm text-[11px] tracking-widest uppercase text-[#F5F0E8]/30 mb-3">Key Assumptions to Validate</p>
            {[
              'Shoppers will pick heritage wear when offered in contemporary cuts',
              'Buyers mind cost less once the garment\'s backstory is shown',
              'Fusion styling (heritage cloth + modern silhouette) is where adoption begins',
              'Finding items on social apps works better than in-store for this age group',
            ].map((a, i) => (
              <div key={i} className="flex items-start gap-3">
                <span className="text-terracotta mt-0.5 flex-shrink-0">→</span>
                <p className="font-dm font-light text-sm text-[#F5F0E8]/60">{a}</p>
              </div>
            ))}
          </div>
        </motion.div>
