      <h2 className="project-title">Empathy Map 1</h2>
      <h6 className="project-date">
        Delivery Derek is a courier who often carries out food orders via
        Postmates, Caviar, and Seamless. Derek has no regular job and leans
        on this courier work to provide for himself and his household.
      </h6>
      <div className="project-date">
        <Tab.Container id="left-tabs-example" defaultActiveKey="first">
          <Row>
            <Col sm={3}>
              <Nav variant="pills" className="flex-column">
                <Nav.Item>
                  <Nav.Link eventKey="first">Thinks</Nav.Link>
                </Nav.Item>
                <Nav.Item>
                  <Nav.Link eventKey="second">Feels</Nav.Link>
                </Nav.Item>
                <Nav.Item>
                  <Nav.Link eventKey="third">Says</Nav.Link>
                </Nav.Item>
                <Nav.Item>
                  <Nav.Link eventKey="fourth">Does</Nav.Link>
                </Nav.Item>
              </Nav>
            </Col>
            <Col sm={9}>
              <Tab.Content>
                <Tab.Pane eventKey="first">
                  <h7>"Where exactly is this unit?"</h7>
                  <br />
                  <h7>"Remind me, what number was it?"</h7>
                  <br />
                  <h7>"Ugh, there are way too many orders still in my queue."</h7>
                </Tab.Pane>
                <Tab.Pane eventKey="second">
                  <h7>Irritated at juggling so many courier apps all at the same time.</h7>
                  <br />
                  <h7>
                    Fed up with every building having its own entry panel to
                    figure out.
                  </h7>
                </Tab.Pane>
                <Tab.Pane eventKey="third">
                  <h7>"Am I at 88 Angell Street?"</h7>
                  <br />
                  <h7>"Apologies for the wait, have a good meal."</h7>
                  <br />
                  <h7>
                    On phone: "Hey, I'm trying to find your place. I believe I'm
                    out front."
                  </h7>
                </Tab.Pane>
                <Tab.Pane eventKey="fourth">
                  <h7>
                    Rings the wrong unit's buzzer before he manages to find the
                    correct one.
                  </h7>
                  <br />
                  <h7>Phones the customer if he gets lost.</h7>
                  <br />
                  <h7>
                    Has a hard time opening the door while holding all his bags.
                  </h7>
                </Tab.Pane>
              </Tab.Content>
            </Col>
          </Row>
        </Tab.Container>
      </div>
      <h2 className="project-title">Empathy Map 2</h2>
      <h6 className="project-date">
        Sociable Sophie is a senior thrilled to drop in on her friend Maya at her
        new place. She is quite fond of her own flat and building, yet she is
        keen to see what Maya’s home in the newer complex looks like.
      </h6>
      <div className="project-date">
        <Tab.Container id="left-tabs-example" defaultActiveKey="first">
          <Row>
            <Col sm={3}>
              <Nav variant="pills" className="flex-column">
                <Nav.Item>
                  <Nav.Link eventKey="first">Thinks</Nav.Link>
                </Nav.Item>
                <Nav.Item>
                  <Nav.Link eventKey="second">Feels</Nav.Link>
                </Nav.Item>
                <Nav.Item>
                  <Nav.Link eventKey="third">Says</Nav.Link>
                </Nav.Item>
                <Nav.Item>
                  <Nav.Link eventKey="fourth">Does</Nav.Link>
                </Nav.Item>
              </Nav>
            </Col>
            <Col sm={9}>
              <Tab.Content>
                <Tab.Pane eventKey="first">
                  <h7>"What number does she live in again?"</h7>
                  <br />
                  <h7>
                    "Our building's door system is far simpler than this."
                  </h7>
                  <br />
                  <h7>"Ugh, the parking at Maya's place is nicer."</h7>
                </Tab.Pane>
                <Tab.Pane eventKey="second">
                  <h7>
                    Envious that Maya's building is fancier than her own one.
                  </h7>
                  <br />
                  <h7>
                    Pleased that Maya's front entrance is more awkward than hers.
                  </h7>
                </Tab.Pane>
                <Tab.Pane eventKey="third">
                  <h7>"Maya, your building is great!"</h7>
                  <br />
                  <h7>On intercom: "Hi, it's me. Let me in."</h7>
                  <br />
                  <h7>On phone: "What was your unit number?"</h7>
                  <br />
                  <h7>"Give me the door code for my next visit."</h7>
                </Tab.Pane>
                <Tab.Pane eventKey="fourth">
                  <h7>Buzzes the wrong resident's unit by mistake.</h7>
                  <br />
                  <h7>Phones Maya to check which unit she's living in.</h7>
                  <br />
                  <h7>Brings Maya's parcel in from outside for her.</h7>
                </Tab.Pane>
              </Tab.Content>
            </Col>
          </Row>
        </Tab.Container>
      </div>
