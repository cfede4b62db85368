                    <div id="Interview-Summary">
                        <h1 className = "personas-section-title-font" style = {{ paddingTop : "80px" }}>Interview Summary</h1>
                        <p className = "personas-section-text-font" style = {{ paddingTop : "40px" }}><i>For riders who have brought a bike onto the bus:</i></p>
                        <ul className = "personas-section-text-font" style = {{ paddingTop : "20px" }}>
                            <li>Most of the time they load their bike onto the rack.</li>
                            <li style = {{ paddingTop : "10px" }}>Now and then, the rack has no free space left for their own bikes.</li>
                            <li style = {{ paddingTop : "10px" }}>The majority have no clue how to work the rack on their first try, yet once they have done it, they find the device simple to operate.</li>
                        </ul>

                        <p className = "personas-section-text-font" style = {{ paddingTop : "40px" }}><i>For riders who have <b>never</b> brought a bike onto the bus:</i></p>
                        <ul className = "personas-section-text-font" style = {{ paddingTop : "20px" }}>
                            <li>For some riders, picturing the shame of being unsure how to work the rack, or their bike ending up flattened beneath the wheels, doesn't let them try this device at all.</li>
                            <li style = {{ paddingTop : "10px" }}>They feel the device looks simple given the drawing and explanation and they plan to give it a go later on.</li>
                        </ul>
                    </div>

                    <div id="Personas">
                        <h1 className = "personas-section-title-font" style = {{ paddingTop : "80px" }}>Personas</h1>
                        <img src = "images/Empathy Map1.png" alt = "Empathy Map 1" width="900px" height="auto" style = {{ paddingTop : "50px" }}/>
                        <p className = "personas-section-text-font" style = {{ paddingTop : "40px" }}>The device issue Derek runs into is that he doesn't understand how to operate the rack the first time he tries it. Derek stands for riders who have never handled the bus bike carrier before and cannot tell how it works. Like others in this group, Derek feels anxious about not understanding the device and he feels ashamed whenever he gets stuck.</p>

                        <img src = "images/Empathy Map2.png" alt = "Empathy Map 1" width="900px" height="auto" style = {{ paddingTop : "50px" }}/>
                        <p className = "personas-section-text-font" style = {{ paddingTop : "40px" }}>The device issue Brian runs into is that the rack on his bus may lack space for his own bike. Brian stands for riders who rely on the carrier regularly yet still meet a possible snag with it. They can load their bikes onto the rack in next to no time, but now and then they fear that the approaching bus will have no space left for their bikes.</p>
                    </div>
