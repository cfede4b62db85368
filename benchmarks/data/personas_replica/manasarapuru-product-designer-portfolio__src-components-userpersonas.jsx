import './UserPersonas.css';

const PERSONAS = [
  {
    id: 'nina',
    name: 'Nina K.',
    age: 33,
    role: 'Client Facing Team',
    team: '',
    avatarBg: '#29b6f6',
    avatarShirt: '#1976d2',
    quote: '"All I want is the numbers — I shouldn\'t be stuck for 3 days or spell out my request again and again."',
    tagline: 'The Asker',
    tagColor: '#1976d2',
    tagBg: '#e3f2fd',
    goals: [
      'Obtain numbers fast enough to meet client deadlines',
      'Get things done alone without sitting in queues',
      'Rely on the figures being correct and up to date',
    ],
    painPoints: [
      'Sits 2–4 days waiting on figures from Data Science',
      'Must re-state the background with each new ask',
      'Gets the wrong figures because wires get crossed',
      'Feels like a nuisance each time a ticket goes in',
    ],
    tools: ['HubSpot', 'Sheets', 'Slack', 'Email'],
    techComfort: 2,
    motivation: 5,
  },
  {
    id: 'omar',
    name: 'Omar T.',
    age: 29,
    role: 'Back Office Team',
    team: '',
    avatarBg: '#ffb74d',
    avatarShirt: '#5c6bc0',
    quote: '"My time should go to proper analysis, not building identical reports by hand each week for 5 separate people."',
    tagline: 'The Fulfiller',
    tagColor: '#5c3d99',
    tagBg: '#f0eeff',
    goals: [
      'Put his hours into high-impact research',
      'Cut down on repeated manual data extracts',
      'Share findings so nothing is left unclear',
    ],
    painPoints: [
      'Loses 35% of the week to routine data fetching',
      'Vague requests mean the work gets redone',
      'Constant pings break up focused analysis time',
      'Requests are scattered with no one shared record',
    ],
    tools: ['R', 'SQL', 'RStudio', 'Slack'],
    techComfort: 5,
    motivation: 3,
  },
];

export default function UserPersonas() {
  return (
    <div className="up">
      <p className="up__heading">User personas — research synthesis</p>
      <div className="up__grid">
        {PERSONAS.map(p => <PersonaCard key={p.id} p={p} />)}
      </div>
    </div>
  );
}

function PersonaCard({ p }) {
  return (
    <div className="up__card" style={{ '--up-color': p.tagColor }}>
      <div className="up__card-band" />
      <div className="up__card-inner">
        {/* Left: avatar + identity */}
        <div className="up__card-header">
          <PersonaAvatar p={p} />
          <div className="up__card-intro">
            <div className="up__name-row">
              <span className="up__name">{p.name}</span>
              <span className="up__tag" style={{ color: p.tagColor, background: p.tagBg }}>{p.tagline}</span>
            </div>
            <span className="up__role">{p.role}</span>
            {/* <span className="up__team">● {p.team} team · Age {p.age}</span> */}
          </div>
          <blockquote className="up__quote">{p.quote}</blockquote>
        </div>

        {/* Middle: goals + pain side by side */}
        <div className="up__body">
          <div>
            <span className="up__section-label up__section-label--goals">Goals</span>
            <ul className="up__list">
              {p.goals.map((g, i) => (
                <li key={i} className="up__list-item up__list-item--goal">
                  <span className="up__bullet">✓</span>{g}
                </li>
              ))}
            </ul>
          </div>
          <div>
            <span className="up__section-label up__section-label--pain">Pain points</span>
            <ul className="up__list">
              {p.painPoints.map((pp, i) => (
                <li key={i} className="up__list-item up__list-item--pain">
                  <span className="up__bullet">✕</span>{pp}
                </li>
              ))}
            </ul>
          </div>
        </div>

        {/* Right: tools + meters */}
        {/* <div className="up__footer">
          <div className="up__tools">
            <span className="up__footer-label">Daily tools</span>
            <div className="up__chips">
              {p.tools.map(t => <span key={t} className="up__chip">{t}</span>)}
            </div>
          </div>
          <div className="up__metrics">
            <Meter label="Tech comfort" value={p.techComfort} color={p.tagColor} />
            <Meter label="Motivation" value={p.motivation} color={p.tagColor} />
          </div>
        </div> */}
      </div>
    </div>
  );
}

function Meter({ label, value, color }) {
  return (
    <div className="up__meter">
      <span className="up__footer-label">{label}</span>
      <div className="up__meter-dots">
        {[1,2,3,4,5].map(i => (
          <span
            key={i}
            className="up__meter-dot"
            style={{ background: i <= value ? color : '#e5e7eb' }}
          />
        ))}
      </div>
    </div>
  );
}

function PersonaAvatar({ p }) {
  const isNina = p.id === 'nina';
  return (
    <svg width="64" height="64" viewBox="0 0 48 48" className="up__avatar" aria-hidden="true">
      <circle cx="24" cy="24" r="24" fill={p.avatarBg} />
      <rect x="20" y="30" width="8" height="5" fill="#fddcae" />
      <ellipse cx="24" cy="44" rx="14" ry="10" fill={p.avatarShirt} />
      <ellipse cx="24" cy="22" rx="10" ry="11" fill="#fddcae" />
      {isNina ? (
        <g fill="#4e342e">
          <ellipse cx="24" cy="12" rx="10" ry="5" />
          <rect x="14" y="11" width="4" height="8" rx="2" />
          <rect x="30" y="11" width="4" height="8" rx="2" />
          <rect x="14" y="10" width="20" height="4" />
        </g>
      ) : (
        <g fill="#212121">
          <ellipse cx="24" cy="12" rx="10" ry="5" />
          <rect x="14" y="11" width="3" height="12" rx="1.5" />
          <rect x="31" y="11" width="3" height="12" rx="1.5" />
          <rect x="14" y="10" width="20" height="4" />
        </g>
      )}
      <ellipse cx="21" cy="20" rx="1.8" ry="2" fill="#1a1a1a" />
      <ellipse cx="27" cy="20" rx="1.8" ry="2" fill="#1a1a1a" />
      <circle cx="22" cy="19" r="0.7" fill="white" />
      <circle cx="28" cy="19" r="0.7" fill="white" />
      {!isNina && (
        <g stroke="#555" strokeWidth="1.2" fill="none">
          <rect x="17.5" y="17.5" width="7" height="5" rx="2" />
          <rect x="23.5" y="17.5" width="7" height="5" rx="2" />
          <line x1="14" y1="20" x2="17.5" y2="20" />
          <line x1="30.5" y1="20" x2="34" y2="20" />
          <line x1="24.5" y1="20" x2="23.5" y2="20" />
        </g>
      )}
      <ellipse cx="17" cy="24" rx="2.5" ry="1.5" fill={isNina ? '#f48fb1' : '#ffcc80'} opacity="0.5" />
      <ellipse cx="31" cy="24" rx="2.5" ry="1.5" fill={isNina ? '#f48fb1' : '#ffcc80'} opacity="0.5" />
      <path d={isNina ? 'M20 26 Q24 30 28 26' : 'M21 26 Q24 28.5 27 26'}
        stroke="#c0714a" strokeWidth="1.5" fill="none" strokeLinecap="round" />
    </svg>
  );
}
