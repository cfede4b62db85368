import React from 'react'

import './personas.scss'

export default function Personas() {
  return (
    <div className="personas-container">
      <div className="persona-card">
        <div className="persona-card-header">
          <span>Rodrigo Figueiredo</span>
          <div className="persona-card-header-values">
            <div className="value">Inventive</div>
            <div className="value">Kind</div>
          </div>
        </div>
        <div className="persona-card-body">
          <div className="persona-card-body-info">
            <div className="persona-card-body-info-data">
              <span>Age</span>31
            </div>
            <div className="persona-card-body-info-data">
              <span>Work</span>Author
            </div>
            <div className="persona-card-body-info-data">
              <span>Family</span>Husband plus two siblings
            </div>
            <div className="persona-card-body-info-data">
              <span>Location</span>Belo Horizonte, Brazil
            </div>
            <div className="persona-card-body-info-data">
              <span>Character</span>Memory-minded creator and dad
            </div>
          </div>
          <div className="persona-card-body-info">
            <div className="persona-card-body-info-data">
              <span>Biography</span>
              <p></p>
            </div>
            <div className="persona-card-body-info-data">
              <span>Goals</span>
              <ul>
                <li>Keep growing his career as an author</li>
                <li>Have his finished and draft pieces reachable once he has died</li>
                <li>Hold on to family recollections for good</li>
              </ul>
            </div>
            <div className="persona-card-body-info-data">
              <span>Frustrations</span>
              <ul>
                <li>Unsure how his memories and writing can outlast his lifetime</li>
                <li>Feels unsafe with existing services</li>
              </ul>
            </div>
          </div>
        </div>
      </div>
    </div>
  )
}