        {/* Persona */}
        <div className="flex flex-col items-start min-h-svh py-8 xl:p-0">
          <div className="bg-app-accent text-white rounded-3xl py-3 max-w-[600px] w-11/12 text-center self-center mb-8">
            RESEARCH
          </div>
          <div className="flex flex-col items-start bg-[#ff4949c7] py-4 px-4 gap-8">
            {/* Header */}
            <div className="bg-transparent text-white border-white border-4 rounded-full py-3 px-6 text-center self-center">
              USER PERSONA
            </div>
            {/* Personas */}
            <div className="flex justify-center xl:justify-between gap-8 flex-wrap">
              {/* Wendy */}
              <div className="flex gap-6 flex-wrap sm:flex-nowrap w-full xl:w-1/3 max-w-[600px] xl:max-w-none xl:min-w-[600px] h-fit bg-white text-black border-4 border-black text-[6.5px] p-4 rotate-0 xl:rotate-[-12deg]">
                {/* Column 1 */}
                <div className="flex flex-col items-center gap-8 w-full sm:w-1/3">
                  <div className="text-[10px]">PERSONA 1: WENDY</div>
                  <div>
                    <div className="grid grid-cols-2">
                      <div className="grid-span-3 opacity-60 text-right">
                        AGE:
                      </div>
                      <div className="grid-span-9 ms-4">16</div>
                    </div>
                    <div className="grid grid-cols-2">
                      <div className="grid-span-3 opacity-60 text-right">
                        EDUCATION:
                      </div>
                      <div className="grid-span-9 ms-4">GRADE 11</div>
                    </div>
                    <div className="grid grid-cols-2">
                      <div className="grid-span-3 opacity-60 text-right">
                        LOCATION:
                      </div>
                      <div className="grid-span-9 ms-4">PORTLAND, OR</div>
                    </div>
                    <div className="grid grid-cols-2">
                      <div className="grid-span-3 opacity-60 text-right">
                        FAMILY:
                      </div>
                      <div className="grid-span-9 ms-4">TWO SISTERS</div>
                    </div>
                    <div className="grid grid-cols-2">
                      <div className="grid-span-3 opacity-60 text-right">
                        OCCUPATION:
                      </div>
                      <div className="grid-span-9 ms-4">PUPIL</div>
                    </div>
                  </div>
                  <div className="max-w-[200px] border-black border-4 p-2 text-[5px]">
                    WENDY IS A 16-YEAR-OLD HIGH SCHOOLER WHO IS HOOKED ON GAMES.
                    SHE AND HER TWO SISTERS LOVE GAMING SIDE BY SIDE AT HOME. THE
                    THREE OF THEM ALSO ENJOY VIEWING STREAMERS AND CREATORS
                    PLAY TITLES AND FREQUENTLY PICK UP THOSE GAMES ON THEIR OWN.
                  </div>
                </div>
                {/* Column 2 */}
                <div className="flex flex-col items-center gap-4 w-full sm:w-1/3">
                  <img
                    src={`${imagePath}playdex_profile_wendy.png`}
                    alt="Wendy"
                  />
                  <div className="text-center text-wrap">
                    “THE STREAMERS I LOVE ALWAYS FIND THE BEST GAMES.”
                  </div>
                </div>
                {/* Column 3 */}
                <div className="flex flex-col items-center gap-4 w-full sm:w-1/3">
                  <div className="text-[10px] text-gray-500">GOAL</div>
                  <ul className="list-disc ms-3">
                    <li>FOLLOW THE “HYPE”</li>
                    <li>HAVE A GOOD TIME ALONE AND WITH HER SISTERS</li>
                    <li>PLAY THE TITLES HER FAVORITE STREAMERS ARE PLAYING</li>
                  </ul>
                  <div className="text-[10px] text-gray-500">FRUSTRATIONS</div>
                  <ul className="list-disc ms-3">
                    <li>MONEY IS SO TIGHT</li>
                    <li>
                      GAME LISTINGS DON’T SAY PLAINLY IF SHE AND HER SISTERS CAN
                      ALL PLAY IT TOGETHER
                    </li>
                    <li>
                      DIFFICULT TO KNOW WHAT A STREAMER IS PLAYING UNLESS SHE
                      CAREFULLY WATCHES THE BROADCAST
                    </li>
                  </ul>
                </div>
              </div>
              {/* Dennis */}
              <div className="flex gap-6 flex-wrap sm:flex-nowrap w-full xl:w-1/3 max-w-[600px] xl:max-w-none xl:min-w-[600px] h-fit bg-white text-black border-4 border-black text-[6.5px] p-4 rotate-0 xl:rotate-[12deg]">
                {/* Column 1 */}
                <div className="flex flex-col items-center gap-8 w-full sm:w-1/3">
                  <div className="text-[10px]">PERSONA 2: DENNIS</div>
                  <div>
                    <div className="grid grid-cols-2">
                      <div className="grid-span-3 opacity-60 text-right">
                        AGE:
                      </div>
                      <div className="grid-span-9 ms-4">24</div>
                    </div>
                    <div className="grid grid-cols-2">
                      <div className="grid-span-3 opacity-60 text-right">
                        EDUCATION:
                      </div>
                      <div className="grid-span-9 ms-4">BS</div>
                    </div>
                    <div className="grid grid-cols-2">
                      <div className="grid-span-3 opacity-60 text-right">
                        LOCATION:
                      </div>
                      <div className="grid-span-9 ms-4">SACRAMENTO, CA</div>
                    </div>
                    <div className="grid grid-cols-2">
                      <div className="grid-span-3 opacity-60 text-right">
                        FAMILY:
                      </div>
                      <div className="grid-span-9 ms-4">UNMARRIED</div>
                    </div>
                    <div className="grid grid-cols-2">
                      <div className="grid-span-3 opacity-60 text-right">
                        OCCUPATION:
                      </div>
                      <div className="grid-span-9 ms-4">JUNIOR DEVELOPER</div>
                    </div>
                  </div>
                  <div className="max-w-[200px] border-black border-4 p-2 text-[5px]">
                    DENNIS IS A 24-YEAR-OLD JUNIOR DEVELOPER RESIDING IN
                    MIDTOWN SACRAMENTO, CALIFORNIA. DENNIS IS DEVOTED TO GAMES AND
                    REGULARLY RELIES ON WEB COMMUNITIES TO MINGLE WITH HIS ONLINE &
                    OFFLINE FRIENDS. HIS ADVENTUROUS TEMPERAMENT KEEPS HIM
                    ALWAYS HUNTING FOR FRESH TITLES TO AMUSE HIMSELF AND HIS DISCORD
                    SERVER BUDDIES.
                  </div>
                </div>
                {/* Column 2 */}
                <div className="flex flex-col items-center gap-4 w-full sm:w-1/3">
                  <img
                    src={`${imagePath}playdex_profile_dennis.png`}
                    alt="Dennis"
                  />
                  <div className="text-center text-wrap">
                    “GAMES ARE A WONDERFUL PLACE TO MEET PEOPLE. I HOPE TO GROW MY
                    FRIEND GROUP IN THEM”
                  </div>
                </div>
                {/* Column 3s */}
                <div className="flex flex-col items-center gap-4 w-full sm:w-1/3">
                  <div className="text-[10px] text-gray-500">GOAL</div>
                  <ul className="list-disc ms-3">
                    <li>HANG OUT WITH HIS TEAMMATES/WORK FRIENDS</li>
                    <li>SPEND HIS SPARE HOURS WITH PEOPLE</li>
                    <li>DISCOVER FRESH TITLES THAT SUIT HIM</li>
                  </ul>
                  <div className="text-[10px] text-gray-500">FRUSTRATIONS</div>
                  <ul className="list-disc ms-3">
                    <li>NOT A LOT OF MONEY</li>
                    <li>
                      THE GAME TEXT DOESN’T MAKE CLEAR WHETHER SHE IS ABLE TO PLAY
                      ALONGSIDE HER SISTERS
                    </li>
                    <li>
                      NOT EASY TO SPOT WHICH GAME THE STREAMER IS RUNNING WITHOUT
                      STUDYING THE STREAM IN DETAIL
                    </li>
                  </ul>
                </div>
              </div>
            </div>
