                {/* User Personas */}
                <div class='pb-6 '>
                <h3 class='text-blue-900 text-sm md:text-base font-bold uppercase tracking-widest mb-2'>User Personas</h3>
                <div class='w-full grid grid-cols-1 md:grid-cols-2 gap-2 bg-zinc-200 rounded-md px-8 py-10 mb-5'>
                        <div class='flex flex-col justify-center items-center '>
                            <div class='mb-5 flex items-center'>
                                <div class='border-2 border-zinc-400 mr-6 h-28 md:h-36 w-28 md:w-36 rounded-full bg-cover bg-center' style={{ backgroundImage:`url(${medsmartAvatar})` }}></div>
                                <div>
                                    <div class='-mb-1'><span class='font-bold text-blue-900 text-xs uppercase mr-1'>Age:</span><span class='font-serif'>38</span></div>
                                    <div class='-mb-1'><span class='font-bold text-blue-900 text-xs uppercase mr-1'>Education:</span><span class='font-serif'>Undergrad</span></div>
                                    <div class='-mb-1'><span class='font-bold text-blue-900 text-xs uppercase mr-1'>Location:</span><span class='font-serif'>Boston, MA</span></div>
                                    <div class='-mb-1'><span class='font-bold text-blue-900 text-xs uppercase mr-1'>Occupation:</span><span class='font-serif'>Physical Therapist</span></div>
                                    <div class='-mb-1'><span class='font-bold text-blue-900 text-xs uppercase mr-1'>Family:</span><span class='font-serif'>Single</span></div>
                                </div>
                            </div>
                            <span class='py-2 md:py-0 md:mr-10 pt-3 italic text-center text-sm font-serif leading-4 '>"Seafood is loaded with protein, minerals, vitamins and omega-3 oils. I really wish my kids ate seafood more often, yet I can't spare the hours or the energy to hunt down fish of real quality."</span>
                        </div>
                        <div>
                            <h3 class='mr-2 text-blue-900 textxs md:text-sm font-bold uppercase tracking-widest'>Description:</h3>
                            <p class='mb-4 leading-5 font-serif'>Lucia is a diligent mom of three kids. She puts family meals and wholesome food first but doesn't find the spare time to visit nearby fish markets for good seafood for her household. She would like to plan in advance and be certain her family gets a healthy supper even on days when she gets home late.</p>
                            <h3 class='mr-2 text-blue-900 text-xs md:text-sm font-bold uppercase tracking-widest'>Frustrations:</h3>
                            <p class='mb-4 leading-5 font-serif'>Lacks the hours and stamina to go to fish markets, doesn't believe the fish is truly "fresh", can't locate a dependable service that delivers orders the same day.</p>
                            <h3 class='mr-2 text-blue-900 text-xs md:text-sm font-bold uppercase tracking-widest'>Goals:</h3>
                            <p class='mb-4 leading-5 font-serif'> To locate a dependable seafood seller she can rely on. To free up hours for cooking ambitious dishes without the extra stress and drawn out chore of buying the groceries. </p>
                        </div>
                    </div>
                    <div class='w-full grid grid-cols-1 md:grid-cols-2 gap-2 bg-zinc-200 rounded-md px-8 py-10'>
                        <div class='flex flex-col justify-center items-center '>
                            <div class='mb-5 flex items-center'>
                                <div class='border-2 border-zinc-400 mr-6 h-28 md:h-36 w-28 md:w-36 rounded-full bg-cover bg-center' style={{ backgroundImage:`url(${barkoAvatar})` }}></div>
                                <div>
                                    <div class='-mb-1'><span class='font-bold text-blue-900 text-xs uppercase mr-1'>Age:</span><span class='font-serif'>37</span></div>
                                    <div class='-mb-1'><span class='font-bold text-blue-900 text-xs uppercase mr-1'>Education:</span><span class='font-serif'>Undergrad</span></div>
                                    <div class='-mb-1'><span class='font-bold text-blue-900 text-xs uppercase mr-1'>Location:</span><span class='font-serif'>San Diego, CA</span></div>
                                    <div class='-mb-1'><span class='font-bold text-blue-900 text-xs uppercase mr-1'>Occupation:</span><span class='font-serif'>Tax Analyst</span></div>
                                    <div class='-mb-1'><span class='font-bold text-blue-900 text-xs uppercase mr-1'>Family:</span><span class='font-serif'>Single</span></div>
                                </div>
                            </div>
                            <span class='py-2 md:py-0 md:mr-10 pt-3 italic text-center text-sm font-serif leading-4 '>"When a long workday ends, a trip to the supermarket is the last thing I feel like doing. I would love to work out first and then return home to wholesome seafood choices. I would be far more willing to cook if everything were already waiting and I didn't need to head out for supplies."</span>
                        </div>
                        <div>
                            <h3 class='mr-2 text-blue-900 textxs md:text-sm font-bold uppercase tracking-widest'>Description:</h3>
                            <p class='mb-4 leading-5 font-serif'>Ben is a hectic young adult sharing a studio apartment with a friend from school. Ben is watching his spending and wants to make his own meals more often. Besides sticking to a budget, Ben hopes to eat healthily and fears there won't be cheap enough choices to let him do that. Ben avoids red meat and wants to get his nutrients by adding more seafood to their meals. </p>
                            <h3 class='mr-2 text-blue-900 text-xs md:text-sm font-bold uppercase tracking-widest'>Frustrations:</h3>
                            <p class='mb-4 leading-5 font-serif'>Unsure which seafood items are worth buying since he has rarely eaten any. Fish markets feel crowded, hectic, and frequently eat up too much time </p>
                            <h3 class='mr-2 text-blue-900 text-xs md:text-sm font-bold uppercase tracking-widest'>Goals:</h3>
                            <p class='mb-4 leading-5 font-serif'>Cut down on the hours lost to weekday grocery runs to free up more time for cooking, find fresh, handy, and unfamiliar seafood choices to sample at an affordable cost </p>
                        </div>
                    </div>
                </div>
