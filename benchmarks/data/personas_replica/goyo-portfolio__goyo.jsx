      <section className="goyo-persona01">
        <div className="goyo-persona01-inner">
          <div className="goyo-persona01-heading">
            <div className="goyo-title-02"><h1>Persona</h1></div>
            <p>사용자 조사 결과를 토대로 퍼소나를 정리해 두었어요.</p>
          </div>

          <div className="goyo-persona01-content">
            <article className="goyo-persona-profile">
              <img className="goyo-persona-photo" src="/images/persona1.png" alt="한지유 페르소나"/>
              <div className="goyo-persona-profile-top">
                <div className="goyo-persona-name"><strong>한지유</strong><span>대학생 23세</span></div>
                <div className="goyo-persona-tags"><span>#감수성</span><span>#능률파</span><span>#내성적</span></div>
              </div>

              <div className="goyo-persona-profile-bottom">
                <section className="goyo-persona-story">
                  <h3>User Story</h3>
                  <p>책 읽기는 일부러 짬을 내야 누릴 수 있는 여가라고 여겨 버겁게 느껴지다 보니 책을 갈수록 멀리하게 된다. 게다가 시를 볼 때면 먼저 뜯어보고 해석해야 한다는 막막함에 한층 더 버겁다.</p>
                </section>

                <div className="goyo-persona-points">
                  <section><h3>Pain Point</h3><ul><li>짐이 되지 않는 책 읽기</li><li>읽기 어렵게 느껴지는 시집</li><li>독후감 남기는 일이 번거로움</li></ul></section>
                  <section><h3>Needs</h3><ul><li>한눈에 쓰는 기능</li><li>시집 다시 엮기 기능</li><li>독후감 작성 지원</li></ul></section>
                </div>

                <section className="goyo-persona-personality">
                  <h3>Personality</h3>
                  <div className="goyo-personality-row"><span>모바일 사용 스킬</span><i style={{ "--value": "88%" }} /></div>
                  <div className="goyo-personality-row"><span>평소 독서량</span><i style={{ "--value": "30%" }} /></div>
                  <div className="goyo-personality-row"><span>독서 관심도</span><i style={{ "--value": "52%" }} /></div>
                </section>
              </div>
            </article>

            <article className="goyo-persona-journey">
              <h2>“책 읽기가 짐처럼 느껴지지 않았으면 해요”</h2>

              <div className="goyo-journey-stage-row">
                <span className="goyo-journey-side-title">STAGE</span>
                <div className="goyo-journey-stage">새로운 방법 모색</div>
                <div className="goyo-journey-stage">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;서비스 탐색</div>
                <div className="goyo-journey-stage">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;서비스 검색</div>
                <div className="goyo-journey-stage">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;서비스 이용</div>
                <div className="goyo-journey-stage">&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;서비스 종료 후</div>
              </div>

              <div className="goyo-journey-text-row">
                <span className="goyo-journey-side-title">ACTIVITY</span>
                <p>무겁지 않은 책 읽기를 한번 해 보려고 마음먹음</p>
                <p>본인 사정에 맞춰 잘 쓸 수 있을 만한 서비스를 찾아 나섬</p>
                <p>시 모음으로 엮인 <br /> E-book을 찾아냄</p>
                <p>책을 잘 읽지 않는 이도 손쉽게 다가갈 수 있게 짜인 시집 구성을 만남</p>
                <p>다 읽은 뒤에 해 보는 일들</p>
              </div>

              <div className="goyo-journey-feeling">
                <span className="goyo-journey-side-title">THINKING<br />FEELING</span>
                <div className="goyo-feeling-chart">
                  <svg viewBox="0 0 1000 250" preserveAspectRatio="none" aria-hidden="true">
                    <defs>
                      <linearGradient id="goyoFeelingFill" x1="0" y1="0" x2="0" y2="1">
                        <stop offset="0%" stopColor="#56c6c1" stopOpacity="0.38" />
                        <stop offset="100%" stopColor="#56c6c1" stopOpacity="0.04" />
                      </linearGradient>
                    </defs>
                    <polygon points="0,195 200,195 400,130 600,130 800,55 1000,55 1000,250 0,250" fill="url(#goyoFeelingFill)" />
                    <polyline points="0,195 200,195 400,130 600,130 800,55 1000,55" fill="none" stroke="#16b8b2" strokeWidth="5" />
                  </svg>

                  <div className="goyo-feeling-point point01"><span>책 읽기가 하루하루 속에서 짐만 안 되면 바랄 게 없겠다</span><b>☹️</b></div>
                  <div className="goyo-feeling-point point02"><span>E-book이라면 <br /> 가볍게 읽기 괜찮겠다</span><b>☹️</b></div>
                  <div className="goyo-feeling-point point03"><span>시란 원래 알아듣기 힘든 <br /> 장르 같은데?</span><b>😐</b></div>
                  <div className="goyo-feeling-point point04"><span>한눈에 보이는 풀이 덕에 <br /> 금방 이해돼</span><b>🙂</b></div>
                  <div className="goyo-feeling-point point05"><span>다 읽은 뒤 독후감 쓰기까지 끝내 버렸어</span><b>😆</b></div>
                </div>
              </div>

              <div className="goyo-journey-text-row goyo-journey-needs">
                <span className="goyo-journey-side-title">NEEDS</span>
                <p>책 읽기는 따로 짬을 내야 하는 여가라 버거움</p>
                <p>가볍게 누릴 수 있는 책 읽기</p>
                <p>난해한 글로 여겨지는 시 모음</p>
                <p>잠깐 사이에 독후감까지 같이 남기고 싶음</p>
                <p>책에 재미를 붙여 한층 깊게 읽어 나갈 수 있게 됨</p>
              </div>

              <div className="goyo-journey-text-row goyo-journey-opportunity">
                <span className="goyo-journey-side-title">OPPOR-<br />TUNITY</span>
                <p>책을 펴 보려 해도 마음이 무거움</p>
                <p>상대적으로 분량이 적은 시를 활용한 읽기 플랫폼</p>
                <p>시의 전개를 한눈에 보여 주어 이해를 거듦</p>
                <p>시집 다시 엮기 기능과 가벼운 독후감 쓰기 기능</p>
                <p>책 읽기에 재미를 느끼도록 거들어 줌</p>
              </div>
            </article>
          </div>
        </div>
      </section>

      <section className="goyo-persona02">
        <div className="goyo-persona01-inner">
          <div className="goyo-persona01-heading">
            <div className="goyo-title-02">
              <h1>Persona</h1>
            </div>
            <p>사용자 조사 결과를 토대로 퍼소나를 정리해 두었어요.</p>
          </div>

          <div className="goyo-persona01-content">
            <article className="goyo-persona-profile goyo-persona-profile02">
              <img className="goyo-persona-photo" src="/images/persona2.png" alt="오세린 페르소나"/>
              <div className="goyo-persona-profile-top">
                <div className="goyo-persona-name">
                  <strong>오세린</strong>
                  <span>회사원 33세</span>
                </div>

                <div className="goyo-persona-tags">
                  <span>#현실파</span>
                  <span>#실속형</span>
                  <span>#주체적</span>
                </div>
              </div>

              <div className="goyo-persona-profile-bottom">
                <section className="goyo-persona-story">
                  <h3>User Story</h3>
                  <p>
                    통근길마다 볼 만한 영상이 딱히 없고, 오가는 시간에 꼭 들어맞는
                    길이의 영상도 드문 데다 짧은 영상에도 슬슬 싫증이 났다. E-book을 써 봐도
                    읽고 싶은 책을 금세 골라내기가 힘들고, 그에 더해 긴 글을 오가는 시간
                    동안 내내 몰입해서 읽어 내기도 버거웠다.
                  </p>
                </section>

                <div className="goyo-persona-points">
                  <section>
                    <h3>Pain Point</h3>
                    <ul>
                      <li>같이 나누는 책 읽기</li>
                      <li>가벼운 읽기 활동</li>
                      <li>종잡기 힘든 시라는 분야</li>
                    </ul>
                  </section>

                  <section>
                    <h3>Needs</h3>
                    <ul>
                      <li>SNS 퍼 가기 기능</li>
                      <li>시 읽어 주기 기능</li>
                      <li>시 갈래 나누기</li>
                    </ul>
                  </section>
                </div>

                <section className="goyo-persona-personality">
                  <h3>Personality</h3>

                  <div className="goyo-personality-row">
                    <span>모바일 사용 스킬</span>
                    <i style={{ "--value": "78%" }} />
                  </div>

                  <div className="goyo-personality-row">
                    <span>평소 독서량</span>
                    <i style={{ "--value": "62%" }} />
                  </div>

                  <div className="goyo-personality-row">
                    <span>독서 관심도</span>
                    <i style={{ "--value": "92%" }} />
                  </div>
                </section>
              </div>
            </article>

            <article className="goyo-persona-journey goyo-persona-journey02">
              <h2>“장소에 상관없이 책을 읽고 싶어요”</h2>

              <div className="goyo-journey-stage-row">
                <span className="goyo-journey-side-title">STAGE</span>

                <div className="goyo-journey-stage">
                  <span>새로운 방법 모색</span>
                </div>
                <div className="goyo-journey-stage">
                  <span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;서비스 탐색</span>
                </div>
                <div className="goyo-journey-stage">
                  <span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;서비스 검색</span>
                </div>
                <div className="goyo-journey-stage">
                  <span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;서비스 이용</span>
                </div>
                <div className="goyo-journey-stage">
                  <span>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;서비스 종료 후</span>
                </div>
              </div>

              <div className="goyo-journey-text-row">
                <span className="goyo-journey-side-title">ACTIVITY</span>
                <p>장소에 매이지 않는 책 읽기를 해 보려고 마음먹음</p>
                <p>본인 사정에 맞춰 잘 쓸 수 있을 만한 E-book 서비스를 찾아 나섬</p>
                <p>시 모음으로 엮인 <br /> E-book을 찾아냄</p>
                <p>다루기 쉽게 짜인 시집 구성을 만나게 됨</p>
                <p>다 읽은 뒤에 해 보는 일들</p>
              </div>

              <div className="goyo-journey-feeling">
                <span className="goyo-journey-side-title">
                  THINKING
                  <br />
                  FEELING
                </span>

                <div className="goyo-feeling-chart">
                  <svg viewBox="0 0 1000 250" preserveAspectRatio="none" aria-hidden="true">
                    <defs>
                      <linearGradient id="goyoFeelingFill02" x1="0" y1="0" x2="0" y2="1">
                        <stop offset="0%" stopColor="#56c6c1" stopOpacity="0.38" />
                        <stop offset="100%" stopColor="#56c6c1" stopOpacity="0.04" />
                      </linearGradient>
                    </defs>

                    <polygon
                      points="0,105 200,105 400,180 600,180 800,45 1000,45 1000,250 0,250"
                      fill="url(#goyoFeelingFill02)"
                    />

                    <polyline
                      points="0,105 200,105 400,180 600,180 800,45 1000,45"
                      fill="none"
                      stroke="#16b8b2"
                      strokeWidth="5"
                    />
                  </svg>

                  <div className="goyo-feeling-point point01">
                    <span>때와 곳을 가리지 않고 <br /> 책을 펼쳐 보고 싶다</span>
                    <b>😐</b>
                  </div>

                  <div className="goyo-feeling-point point02">
                    <span>E-book으로도 읽을 책을 금세 골라내긴 힘들 것 같은데?</span>
                    <b>☹️</b>
                  </div>

                  <div className="goyo-feeling-point point03">
                    <span>시라면 분량이 적어서 통근길에 가볍게 읽기 <br /> 괜찮겠는걸</span>
                    <b>☹️</b>
                  </div>

                  <div className="goyo-feeling-point point04">
                    <span>여러 갈래로 시가 나뉘어 있어 고르고 <br /> 읽기가 편했어</span>
                    <b>😆</b>
                  </div>

                  <div className="goyo-feeling-point point05">
                    <span>마음에 드는 시와 구절을 남들과 나눠 봤어</span>
                    <b>😆</b>
                  </div>
                </div>
              </div>

              <div className="goyo-journey-text-row goyo-journey-needs">
                <span className="goyo-journey-side-title">NEEDS</span>
                <p>오가는 동안 손쉽고 재빨리 해낼 수 있는 책 읽기를 바람</p>
                <p>가볍게 누릴 수 있는 책 읽기</p>
                <p>바라는 느낌의 시를 금방 골라 보고 싶음</p>
                <p>여러 사람과 시와 구절을 함께 나누고 싶음</p>
                <p>서비스가 마음에 들어 주변에도 널리 알리려는 마음이 생김</p>
              </div>

              <div className="goyo-journey-text-row goyo-journey-opportunity">
                <span className="goyo-journey-side-title">
                  OPPOR-
                  <br />
                  TUNITY
                </span>

                <p>책을 펴 보려 해도 여건이 받쳐 주지 않음</p>
                <p>상대적으로 분량이 적은 시를 활용한 읽기 플랫폼을 꾸림</p>
                <p>느낌에 맞춰 여러 갈래로 나눠 둠</p>
                <p>시 모아 두기 기능과 구절 SNS 퍼 가기 기능</p>
                <p>때와 곳을 가리지 않고 가볍게 읽을 수 있음</p>
              </div>
            </article>
          </div>
        </div>
      </section>
