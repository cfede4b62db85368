          <section class="WhoAmIDesigningFor">
            <div className="phc-bcont-alt ms-padding">
              <h2 className="phc-heading2-alt">Who am I designing for?</h2>
              <p className="phc-bodyp-alt max-w-[682px]">
                <span>
                  Drawing on the research I carried out, I managed to put together
                  a pair of personas for this work as shown here.
                </span>
              </p>
            </div>

            <div className="waidf-subcont flex flex-col gap-6 ms-padding">
              <div className="obin">
                <div className="ws-sub-left flex flex-col gap-[14px]">
                  <div className=" w-full max-w-[144.5px] lg:w-[256px] lg:max-w-[256px] h-auto overflow-hidden rounded-lg lg:rounded-[20px]">
                    <Image
                      className=" w-full h-auto"
                      src={obinna}
                      alt="Obinna Nwosu"
                    />
                  </div>
                  <div className="obin-cont">
                    <h6>Obinna Nwosu, 34</h6>
                    <div>
                      <div>
                        <h6>Occupation</h6>
                        <p>Shop owner</p>
                      </div>
                      <div>
                        <h6>Location</h6>
                        <p>Enugu, NG</p>
                      </div>
                      <div>
                        <h6>Tech Literacy</h6>
                        <p>Moderate</p>
                      </div>
                    </div>
                  </div>
                </div>
                <div className="ws-sub-right">
                  <div>
                    <h6>Background</h6>
                    <p>
                      <span className="max-w-[315px]">
                        Obinna is a 34 year old trader based in Enugu who operates
                        a modest shop from which he retails and ships
                        handbags inside and beyond Enugu from his tiny
                        stall in Ogbete Market
                      </span>
                    </p>
                  </div>
                  <div>
                    <h6>Core needs</h6>
                    <p>
                      <ul className="max-w-[283px]">
                        <li>
                          wants a channel for collecting money from his buyers
                          across the nation who buy his handbags
                        </li>
                        <li>
                          seeking a simple method of taking money from
                          fellow sellers who buy the same goods from him
                          often to sell on.
                        </li>
                        <li>
                          Take money from buyers who would rather settle by
                          card or cash while keeping the shop account apart from
                          his own.
                        </li>
                      </ul>
                    </p>
                  </div>
                  <div>
                    <h6>Frustrations</h6>
                    <p>
                      <ul>
                        <li>
                          When buyers settle up at the stall, the bank at times
                          sends the credit alert late, so the buyer can&apos;t
                          leave the stall promptly
                        </li>
                        <li>
                          Unable to properly arrange and run his own account.
                        </li>
                        <li>Has a hard time reconciling his books.</li>
                      </ul>
                    </p>
                  </div>
                  <div>
                    <h6>Behaviours</h6>
                    <p>
                      <ul>
                        <li>
                          Obinna normally shares his account on WhatsApp with past
                          buyers who place orders and ships the goods once
                          they pay, and resends it whenever they ask
                        </li>
                        <li>
                          With buyers who visit his stall he either collects
                          cash or for people paying by transfer shares his bank
                          account details and awaits an alert before handing over.
                        </li>
                      </ul>
                      <span></span>
                    </p>
                  </div>
                </div>
              </div>
              <div className="obin">
                <div className="ws-sub-left flex flex-col gap-[14px]">
                  <div className=" w-full max-w-[144.5px] lg:w-[256px] lg:max-w-[256px] h-auto overflow-hidden rounded-lg lg:rounded-[20px]">
                    <Image
                      className=" w-full h-auto"
                      src={cellpoint}
                      alt="Cellpoint"
                    />
                  </div>
                  <div className="obin-cont">
                    <h6>Cellpoint</h6>
                    <div>
                      <div>
                        <h6 className=" self-start">Location</h6>
                        <p className="lg:max-w-[115px]">
                          Kano, Enugu, Benin City, Ilorin
                        </p>
                      </div>
                    </div>
                  </div>
                </div>
                <div className="ws-sub-right">
                  <div>
                    <h6>Background</h6>
                    <p>
                      <span className="">
                        Cellpoint is a gadget retailer that trades in the sale
                        and fixing of every handset type from Samsung to iPhone,
                        employing more than 60 people in 25 branches around the
                        nation
                      </span>
                    </p>
                  </div>
                  <div>
                    <h6>Core needs</h6>
                    <p>
                      <ul className="">
                        <li>
                          wants a channel for collecting money from buyers across
                          the nation who trade with the company
                        </li>
                        <li>
                          seeking a simple method to square up their books and
                          match up payments in a single spot though it has shops
                          across the whole nation
                        </li>
                        <li>Issue bills for the work carried out</li>
                        <li>Set staff access</li>
                      </ul>
                    </p>
                  </div>
                  <div>
                    <h6>Frustrations</h6>
                    <p>
                      <ul>
                        <li>
                          Online checkout is awkward since buyers can&apos;t
                          pay on the site unless the sales agents keep having to
                          send over the bank details for every payment
                        </li>
                        <li>
                          Cannot keep the finance accounts in order, resulting in
                          mismatched books
                        </li>
                        <li>
                          Struggles to look after its buyers and sustain
                          lasting bonds
                        </li>
                      </ul>
                    </p>
                  </div>
                  <div>
                    <h6>Behaviours</h6>
                    <p>
                      <ul>
                        <li>
                          Cellpoint workers mostly just take payments and
                          since alerts must reach them and not everyone can
                          get a work email or phone for this, every branch
                          runs its own account where it handles and gets alerts
                          to verify payments, and when each period closes sends
                          all of it to the head account.
                        </li>
                      </ul>
                      <span></span>
                    </p>
                  </div>
                </div>
              </div>
            </div>
          </section>
