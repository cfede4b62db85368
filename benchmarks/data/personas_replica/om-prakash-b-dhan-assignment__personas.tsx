import { Card, CardContent, CardHeader, CardTitle } from "@/components/ui/card"

const personas = [
  {
    title: "User persona 1: Late to the news trader",
    age: 24,
    behavior: "gets confused by messy news feeds",
    needs: "wants real updates on company figures, yet finds it hard to keep pace with headlines.",
    painPoints: "needs tailored finance insights on individual companies"
  },
  {
    title: "User persona 2: Hopeful Pro trader",
    age: 44,
    behavior: "hopes to begin trading the way pros do",
    needs: "Aims to trade for a living and leans on the risk control tools to hit the big time",
    painPoints: "needs help learning the tools well enough to begin putting them into trades"
  }
]

export function Personas() {
  return (
    <section id="personas" className="py-16 px-4 md:py-24">
      <div className="container mx-auto max-w-5xl">
        <h2 className="text-3xl font-bold text-white mb-8">Personas</h2>
        <div className="grid gap-8 md:grid-cols-2">
          {personas.map((persona) => (
            <Card key={persona.title} className="bg-transparent">
              <CardHeader>
                <CardTitle className="text-xl text-white">{persona.title}</CardTitle>
              </CardHeader>
              <CardContent className="space-y-4">
                <div>
                  <h4 className="font-semibold text-white mb-1">Age:</h4>
                  <p className="text-gray-200">{persona.age}</p>
                </div>
                <div>
                  <h4 className="font-semibold text-white mb-1">Behavior:</h4>
                  <p className="text-gray-200">{persona.behavior}</p>
                </div>
                <div>
                  <h4 className="font-semibold text-white mb-1">Needs:</h4>
                  <p className="text-gray-200">{persona.needs}</p>
                </div>
                <div>
                  <h4 className="font-semibold text-white mb-1">Pain points:</h4>
                  <p className="text-gray-200">{persona.painPoints}</p>
                </div>
              </CardContent>
            </Card>
          ))}
        </div>
      </div>
    </section>
  )
}

