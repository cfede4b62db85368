import segments from '../data/segments.json';

type Persona = {
  id: string;
  label: string;
  pct: number;
};

const PERSONA_DETAILS: Record<string, {
  title: string;
  focus: string[];
  painPoints: string[];
  messaging: string[];
  proofPoints: string[];
}> = {
  vp_ops: {
    title: 'VP/Director of Operations',
    focus: ['Throughput', 'Lower unit cost', 'Staff output', 'Workflow automation'],
    painPoints: [
      'Processors lose hours chasing employment checks by hand',
      'Every closed loan carries a steep verification fee',
      'Turn times swing wildly from file to file',
      'Teams worn down by the same copy-paste chores',
    ],
    messaging: [
      'Cut hand-keyed verification work by 85%',
      'Keep $310+ on every funded loan',
      'Point your processors at work that matters',
      'Answers in under a minute instead of a week',
    ],
    proofPoints: [
      'Harborline: roughly $8M a year saved',
      'Bluegate: 85% fewer manual touches',
      'Summit Ridge: Named support rep, 3-hour replies',
    ],
  },
  ceo: {
    title: 'CEO/Founder/President',
    focus: ['Long-term value', 'Edge over rivals', 'Room to grow', 'Lower exposure'],
    painPoints: [
      'Rivals with newer verification tools are pulling ahead',
      'Climbing verification fees are squeezing margins',
      'Worry about regulators and auditors',
      'Has to grow volume without hiring more people',
    ],
    messaging: [
      'Agency accepted - fewer buyback headaches',
      '75% cheaper than PayCheckDB',
      'Conversion rates at the top of the market',
      'Relied on by leading home lenders',
    ],
    proofPoints: [
      'Crestmark: 75% saved against rivals',
      'Oakfield: conversion doubled',
      'Northstar: Spend fell from 9 to 2 basis points',
    ],
  },
  cfo: {
    title: 'CFO/VP Finance/Controller',
    focus: ['Payback', 'Better margins', 'Stable pricing', 'Spend clarity'],
    painPoints: [
      'Verification bills keep climbing and are impossible to forecast',
      'PCD hikes its prices (~25% twice a year)',
      'Verification spend resists any budgeting model',
      'The incumbent vendor offers no way to prove ROI',
    ],
    messaging: [
      'Open, steady pricing',
      'Re-checks at no charge for 60 days',
      'ROI you can count - savings logged per loan',
      '30-75% savings, guaranteed',
    ],
    proofPoints: [
      'Lakeshore Home Loans: 55-75% less spent on checks',
      'Harborline: Spend reports finance can read',
      'Pinecrest: 12-18% productivity gain, measured',
    ],
  },
  cto: {
    title: 'CTO/VP Engineering/IT Director',
    focus: ['Easy hookup', 'Clean APIs', 'Uptime', 'Data protection'],
    painPoints: [
      'Wiring new tools into the LOS/POS stack is painful',
      'Incumbent vendors ship thin, outdated API docs',
      'Outages stall the loan pipeline',
      'Worries over data security and regulatory exposure',
    ],
    messaging: [
      'Live within a week, not a quarter',
      'Ready-made LoanDesk and Originate360 connectors',
      '99.95% uptime commitment',
      'SOC 2 Type II audited, FCRA aligned',
    ],
    proofPoints: [
      'Summit Ridge: bespoke rollout in under 4 weeks',
      'Keystone Lending: LOS hookup with no hiccups',
      'HomePath: data pulled straight from payroll sources',
    ],
  },
};

export function Personas() {
  const personas = segments.personas as Persona[];
  const totalContacts = (segments as { totalTargetable?: number }).totalTargetable || 118452;

  return (
    <div className="p-8">
      {/* Header */}
      <div className="mb-6">
        <h1 className="text-2xl font-semibold text-gray-900">Buyer Personas</h1>
        <p className="text-gray-500 mt-1">
          Who we sell to, what to tell each of them, and how they split across PipeHub
        </p>
      </div>

      {/* Distribution Overview */}
      <div className="bg-white border border-gray-200 rounded-xl p-5 mb-6">
        <h2 className="font-medium text-gray-900 mb-4">PipeHub Distribution</h2>
        <div className="space-y-3">
          {personas.map((persona) => {
            const count = Math.round(totalContacts * persona.pct);
            return (
              <div key={persona.id} className="flex items-center gap-4">
                <div className="w-32 text-sm font-medium text-gray-700">{persona.label}</div>
                <div className="flex-1 h-6 bg-gray-100 rounded-full overflow-hidden">
                  <div
                    className="h-full bg-blue-500 rounded-full"
                    style={{ width: `${persona.pct * 100}%` }}
                  />
                </div>
                <div className="w-24 text-sm text-gray-600 text-right">
                  {count.toLocaleString()} ({(persona.pct * 100).toFixed(0)}%)
                </div>
              </div>
            );
          })}
        </div>
        <p className="text-xs text-gray-500 mt-4">
          Derived from the job titles of {totalContacts.toLocaleString()} reachable PipeHub records
        </p>
      </div>

      {/* Persona Cards */}
      <div className="space-y-6">
        {personas.map((persona) => {
          const details = PERSONA_DETAILS[persona.id];
          if (!details) return null;

          return (
            <div
              key={persona.id}
              className="bg-white border border-gray-200 rounded-xl overflow-hidden"
            >
              {/* Persona Header */}
              <div className="p-5 border-b border-gray-100 bg-gray-50">
                <div className="flex items-center justify-between">
                  <div>
                    <h3 className="text-lg font-semibold text-gray-900">{details.title}</h3>
                    <p className="text-sm text-gray-500">{persona.label}</p>
                  </div>
                  <div className="text-right">
                    <p className="text-2xl font-bold text-blue-600">
                      {(persona.pct * 100).toFixed(0)}%
                    </p>
                    <p className="text-xs text-gray-500">of contacts</p>
                  </div>
                </div>
              </div>

              {/* Content Grid */}
              <div className="p-5 grid grid-cols-1 md:grid-cols-2 gap-6">
                {/* Focus Areas */}
                <div>
                  <h4 className="text-sm font-medium text-gray-700 mb-2">Focus Areas</h4>
                  <div className="flex flex-wrap gap-2">
                    {details.focus.map((item, i) => (
                      <span
                        key={i}
                        className="px-2 py-1 bg-blue-50 text-blue-700 rounded text-sm"
                      >
                        {item}
                      </span>
                    ))}
                  </div>
                </div>

                {/* Pain Points */}
                <div>
                  <h4 className="text-sm font-medium text-gray-700 mb-2">Pain Points</h4>
                  <ul className="space-y-1">
                    {details.painPoints.map((item, i) => (
                      <li key={i} className="text-sm text-gray-600 flex items-start gap-2">
                        <span className="text-red-400 mt-0.5">•</span>
                        {item}
                      </li>
                    ))}
                  </ul>
                </div>

                {/* Messaging */}
                <div>
                  <h4 className="text-sm font-medium text-gray-700 mb-2">Key Messaging</h4>
                  <ul className="space-y-1">
                    {details.messaging.map((item, i) => (
                      <li key={i} className="text-sm text-gray-600 flex items-start gap-2">
                        <span className="text-green-500 mt-0.5">✓</span>
                        {item}
                      </li>
                    ))}
                  </ul>
                </div>

                {/* Proof Points */}
                <div>
                  <h4 className="text-sm font-medium text-gray-700 mb-2">Proof Points to Use</h4>
                  <ul className="space-y-1">
                    {details.proofPoints.map((item, i) => (
                      <li key={i} className="text-sm text-gray-600 flex items-start gap-2">
                        <span className="text-blue-500 mt-0.5">→</span>
                        {item}
                      </li>
                    ))}
                  </ul>
                </div>
              </div>
            </div>
          );
        })}
      </div>
    </div>
  );
}
