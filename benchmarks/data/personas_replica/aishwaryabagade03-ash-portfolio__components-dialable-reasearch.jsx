      <div className="persona border-b-2 border-grey py-10">
        <div className="research-box">
          <h4 className="poppins font-normal">Persona</h4>
          <p className="font-light poppins mt-4">
            Drawing on what the study showed, I built a persona for my client
            along with their aims and wants. Doing so let me relate to my client
            at every later stage of the design work.
          </p>
        </div>
        <div className="grid w-full grid-cols-1 md:grid-cols-12 gap-4 py-8">
          <div className="md:col-span-3">
            <div className="grid grid-cols-1 gap-4 text-center">
              <div>
                <Image
                  src="/assets/portfolio/real-estate/profile.png"
                  width={320}
                  height={400}
                    className="mx-auto"
                />
              </div>
              <div className="age-box text-center rounded-lg px-8 py-5">
                <p className="mb-2 poppins">
                  <span className="font-bold">Age:</span> 41
                </p>
                <p className="mb-2 poppins">
                  <span className="font-bold">Job Title:</span> Business owner
                </p>
                <p className="mb-2 poppins">
                  <span className="font-bold">Status:</span> Engaged
                </p>
                <p className="mb-2 poppins">
                  <span className="font-bold">Location:</span> Nagpur, India
                </p>
              </div>
            </div>
          </div>
          <div className="md:col-span-9">
            <div className="md:col-span-2 mb-4">
              <div className="inner-text-box px-6 py-4 rounded-lg">
                <h6 className="poppins font-bold uppercase">Rabi Mohanty</h6>
                <p className="font-regular poppins mt-1">
                  Rabi hopes to set up a service that gives accessibility and a
                  wide choice of career openings to the disabled community. He
                  aims to build a service that is truly hassle-free and
                  open to everyone, whatever their abilities may be. He hopes to
                  offer tools and backing to people with disabilities so as to help
                  them do well at work and reach what they set out to do.
                </p>
              </div>
            </div>
            <div className="grid md:grid-cols-3 gap-4">
              <div>
                <div className="inner-text-box px-10 pt-5 pb-4 rounded-lg bg-[#FBD3F9]">
                  <h6 className="poppins font-bold uppercase">Goals</h6>
                  <ul className="list-disc mt-1">
                    <li className="font-regular poppins text-sm mb-4">
                      Can move through physical places and reach information
                      with ease and on their own.
                    </li>
                    <li className="font-regular poppins text-sm mb-4">
                      Strengthen the disabled community by giving them the
                      means to look for jobs, businesses, and to take part
                      in local gatherings.
                    </li>
                    <li className="font-regular poppins text-sm mb-4">
                      Advance inclusion and accessibility by making sure the
                      website is hassle-free and makes room for them.
                    </li>
                  </ul>
                </div>
              </div>
              <div>
                <div className="inner-text-box  px-10 pt-5 pb-4 md:pb-28 rounded-lg bg-[#FBD3F9]">
                  <h6 className="poppins font-bold uppercase">FRUSTRATIONS</h6>
                  <ul className="list-disc mt-1">
                    <li className="font-regular poppins text-sm mb-4">
                      Too few accessible tools and online services exist for
                      disabled people, which makes it rather hard for them to
                      take a full part in society.
                    </li>
                    <li className="font-regular poppins text-sm mb-4">
                      A steep jobless rate among people living with disability and
                      too few job openings shaped around what they require.
                    </li>
                  </ul>
                </div>
              </div>
              <div>
                <div className="inner-text-box  px-10 pt-5 pb-4 md:pb-24 rounded-lg bg-[#FBD3F9]">
                  <h6 className="poppins font-bold uppercase">PAIN POINTS</h6>
                  <ul className="list-disc mt-1">
                    <li className="font-regular poppins text-sm mb-4">
                      Low Levels of Access
                    </li>
                    <li className="font-regular poppins text-sm mb-4">
                      Few Disability-Friendly Shops and Firms
                    </li>
                    <li className="font-regular poppins text-sm mb-4">
                      Hard to Find Suitable Job Openings
                    </li>
                    <li className="font-regular poppins text-sm mb-4">
                      Narrow Range of Market Goods
                    </li>
                    <li className="font-regular poppins text-sm mb-4">
                      Too Little Motivating Content
                    </li>
                  </ul>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
