          {/* User Persona */}

          <div
            className="px-4 py-2 rounded-full backdrop-blur-lg border border-white/40 w-fit mx-auto mb-4 bg-gradient-to-r from-gray-800 to-black"
            style={{ backgroundColor: "transparent" }}
          >
            <div className="flex items-center gap-2">
              <img src={snipCaseIcon1} alt="Show Snips" className="w-5 h-5" />
              <p className="text-white text-sm">User Research</p>
            </div>
          </div>
          <section className="text-center max-w-4xl mx-auto">
            <h1 className="text-4xl md:text-3xl font-bold my-4 mb-4">
              User Persona
            </h1>
          </section>
          <div
            className="rounded-2xl shadow-2xl p-4 max-w-4xl w-full 
        bg-black border border-white/20 mx-auto"
          >
            {/* Grid Layout */}
            <div className="grid grid-cols-12 gap-6 p-4">
              {/* Left Side Icon */}
              <div className="col-span-3 flex justify-center items-center hidden md:block">
                <div className="bg-black rounded-lg flex items-center justify-center w-full h-full min-h-[400px] relative overflow-hidden">
                  <span className="text-9xl font-bold text-orange-500 relative z-10">
                    <FaUser />
                  </span>
                  {/* Ellipse in bottom right corner */}
                  <div className="absolute bottom-0 right-0 pointer-events-none">
                    <img
                      src={ellipse1}
                      alt=""
                      className="w-70 h-50 opacity-70"
                      style={{ transform: "translate(0%, 0%)" }}
                    />
                  </div>
                </div>
              </div>

              {/* Right Side Content */}
              <div className="col-span-9 md:col-span-9 col-span-12 grid gap-4">
                {/* Bio */}
                <div
                  className="p-4 rounded-lg relative overflow-hidden h-full"
                  style={{ backgroundColor: "#1A1A1A" }}
                >
                  <h2 className="font-bold text-lg mb-2 text-orange-600">
                    Bio
                  </h2>
                  <p className="text-sm leading-relaxed">
                    Hira Siddiqui is a film student who adores marathon-viewing and
                    cuts brief clips for fun. She keeps up with fan montages and
                    responds to TV moments on TikTok and Instagram.
                  </p>
                  {/* Ellipse in bottom right corner */}
                  <div className="absolute bottom-0 right-0 pointer-events-none">
                    <img
                      src={ellipse2}
                      alt=""
                      className="w-70 h-30 opacity-30"
                      style={{ transform: "translate(0%, 0%)" }}
                    />
                  </div>
                </div>

                {/* Demography & Technology */}
                <div className="grid grid-cols-1 md:grid-cols-2 gap-4 h-full">
                  <div
                    className="p-4 rounded-lg relative overflow-hidden h-full"
                    style={{ backgroundColor: "#1A1A1A" }}
                  >
                    <h2 className="font-bold text-lg mb-2 text-orange-600">
                      Demography
                    </h2>
                    <ul className="text-sm space-y-1">
                      <li>Age: 23 (Aimed at Gen Z or Younger Millennials)</li>
                      <li>Gender: Female</li>
                      <li>Education: Has degree</li>
                      <li>Profession: Video Producer</li>
                      <li>Location: Leicester, UK</li>
                    </ul>
                    {/* Ellipse in bottom right corner */}
                    <div className="absolute bottom-0 right-0 pointer-events-none">
                      <img
                        src={ellipse3}
                        alt=""
                        className="w-70 h-30 opacity-30"
                        style={{ transform: "translate(0%, 0%)" }}
                      />
                    </div>
                  </div>
                  <div
                    className="p-4 rounded-lg relative overflow-hidden h-full"
                    style={{ backgroundColor: "#1A1A1A" }}
                  >
                    <h2 className="font-bold text-lg mb-2 text-orange-600">
                      Technology
                    </h2>
                    <ul className="text-lg space-y-2">
                      <li>The Web</li>
                      <li>Social Sites/Apps</li>
                      <li>Buying Online</li>
                    </ul>
                    {/* Ellipse in bottom right corner */}
                    <div className="absolute bottom-0 right-0 pointer-events-none">
                      <img
                        src={ellipse2}
                        alt=""
                        className="w-70 h-30 opacity-30"
                        style={{ transform: "translate(0%, 0%)" }}
                      />
                    </div>
                  </div>
                </div>
              </div>
            </div>

            {/* Core needs & Frustrations */}
            <div className="grid grid-cols-1 md:grid-cols-2 gap-4 mt-6">
              <div
                className="p-4 rounded-lg relative overflow-hidden h-full"
                style={{ backgroundColor: "#1A1A1A" }}
              >
                <h2 className="font-bold text-lg mb-2 text-orange-600">
                  Core needs
                </h2>
                <ul className="text-sm list-disc ml-4 space-y-1">
                  <li>Fast Viewing Of Brief Video Snippets</li>
                  <li>Find Fresh Series Via Bite-Sized Media Posts</li>
                  <li>Join A Screen-Centred Fan Community Online</li>
                </ul>
                {/* Ellipse in bottom right corner */}
                <div className="absolute bottom-0 right-0 pointer-events-none">
                  <img
                    src={ellipse3}
                    alt=""
                    className="w-70 h-30 opacity-30"
                    style={{ transform: "translate(0%, 0%)" }}
                  />
                </div>
              </div>
              <div
                className="p-4 rounded-lg relative overflow-hidden h-full"
                style={{ backgroundColor: "#1A1A1A" }}
              >
                <h2 className="font-bold text-lg mb-2 text-orange-600">
                  Frustrations
                </h2>
                <ul className="text-sm list-disc ml-4 space-y-1">
                  <li>Is Shown Unrelated Videos On TikTok</li>
                  <li>Can't Locate Good Montages Of The Series She Loves</li>
                  <li>
                    Streaming Services Don't Give Short Summaries Or Highlights
                  </li>
                  <li>Sees Fan Material Spread Over Many Different Apps</li>
                </ul>
                {/* Ellipse in bottom right corner */}
                <div className="absolute bottom-0 right-0 pointer-events-none">
                  <img
                    src={ellipse2}
                    alt=""
                    className="w-70 h-30 opacity-30"
                    style={{ transform: "translate(0%, 0%)" }}
                  />
                </div>
              </div>
            </div>

            {/* Platform usage & Personality trait */}
            <div className="grid grid-cols-1 md:grid-cols-2 gap-4 mt-6">
              <div
                className="p-4 rounded-lg relative overflow-hidden h-full"
                style={{ backgroundColor: "#1A1A1A" }}
              >
                <h2 className="font-bold text-lg mb-2 text-orange-600">
                  Platform usage and comfort level
                </h2>
                <p className="text-sm">
                  At Ease With Phone Apps, Social Networks, Streaming, And
                  Basic Edit Software
                </p>
                {/* Ellipse in bottom right corner */}
                <div className="absolute bottom-0 right-0 pointer-events-none">
                  <img
                    src={ellipse3}
                    alt=""
                    className="w-70 h-30 opacity-30"
                    style={{ transform: "translate(0%, 0%)" }}
                  />
                </div>
              </div>
              <div
                className="p-4 rounded-lg relative overflow-hidden h-full"
                style={{ backgroundColor: "#1A1A1A" }}
              >
                <h2 className="font-bold text-lg mb-2 text-orange-600">
                  Personality trait
                </h2>
                <ul className="text-sm flex gap-3 flex-wrap">
                  <li className="px-3 py-1 bg-black/40 rounded-lg">
                    Committed
                  </li>
                  <li className="px-3 py-1 bg-black/40 rounded-lg">
                    Methodical
                  </li>
                  <li className="px-3 py-1 bg-black/40 rounded-lg">
                    Visionary
                  </li>
                </ul>
                {/* Ellipse in bottom right corner */}
                <div className="absolute bottom-0 right-0 pointer-events-none">
                  <img
                    src={ellipse2}
                    alt=""
                    className="w-70 h-30 opacity-30"
                    style={{ transform: "translate(0%, 0%)" }}
                  />
                </div>
              </div>
            </div>
          </div>
