            <Section first={false} ref={section6Ref}>
                <h1>The boss of the sandbox</h1>
                <Row style={{marginBottom: "2rem"}}>
                    <Col xs="auto" sm="6" lg="3">
                        <h4>Thinks</h4>
                        <div className="block">I know roughly which dishes I plan to make this week.</div>
                        <div className="block">Perhaps I ought to have shown up at a quieter hour, shoppers keep blocking me</div>
                        <div className="block">Hopefully the fruit and veg got refilled</div>
                    </Col>
                    <Col xs="auto" sm="6" lg="3">
                    <h4>Says</h4>
                        <div className="block-2">Catch you again next week!</div>
                        <div className="block-2">I have a list with me just in case.</div>
                        <div className="block-2">Can't wait to spot what's arrived!</div>

                    </Col>
                    <Col xs="auto" sm="6" lg="3">
                   <h4>Feels</h4>
                        <div className="block">Can't wait to spot what's arrived! (That way I can follow any changes and keep a grip) </div>
                        <div className="block">Would like fewer people around</div>
                        <div className="block">Pleased they know where most things sit in the shop</div>
                        <div className="block">Feel on top of it</div>
                        <div className="block">Wishes the fruit and veg wouldn't keep moving spots</div>
                    </Col>
                    <Col xs="auto" sm="6" lg="3">
                    <h4>Does</h4>
                        <div className="block-2">Hardly checks the list, it's really just a ritual.</div>
                        <div className="block-2">This shopping run belongs to their weekly rhythm. They set the hour aside, and use it to walk every aisle of the shop.</div>
                        <div className="block-2">Know well where the regular items are kept</div>
                        <div className="block-2">Spend longer than they want hunting down fruit and veg</div>     
                    </Col>
                </Row>
                <Row>
                <Col xs="auto" md="4">
                <Image className="bootleg-image" src={boss}></Image>
                </Col>
                <Col xs="auto" md="8">
                <Callout>
                    1) Out of our interviews, a single persona stands out: the grocery expert, the boss of the sandbox. This persona hates having their habits upset!
                    They know their favourite supermarket inside and out. Whenever they stray from the usual plan, it's strictly on their own terms.
                    <br/>
                    <br/>
                    2)They can't stand it when products get relocated, especially in the fresh and frozen sections. Crowded aisles annoy them and they hope they won't need to change their route.
                    The shop must serve these people by keeping where things are placed as stable as it can. When the shop brings in new products, it should do it in a low-key way.
                    <br/>
                    <br/>
                    3)Busy workers and parents who depend on a method belong to this persona: their routine is what keeps them going! Both Marisol and Akosua belong to this group. 
                    Since Akosua purchases more fruit and veg, she'll end up more annoyed as a shopper than Marisol, even though both are just as organized and know the shop as well.
                </Callout>
                </Col>
                
                </Row>

            </Section>
            <Section first={false} ref={section7Ref}>
            <h1>The sparrow</h1>

                <Row style={{marginBottom: "2rem"}}>
                    <Col xs="auto" sm="6" lg="3">
                    <h4>Thinks</h4>
                    <div className="block-2">I fancy a small treat</div>
                    <div className="block-2">I truly need to be quick!</div>
                    <div className="block-2">I'm not 100% certain what I'll grab, but I have a hunch</div>
                    <div className="block-2">If this thing isn't easy to spot, I'll quit fairly quickly</div>
                    </Col>
                    <Col xs="auto" sm="6" lg="3">
                    <h4>Says</h4>
                    <div className="block">I'll only pop in quickly, and won't get a lot</div>
                    <div className="block">This shop is massive!</div>
                    </Col>
                    <Col xs="auto" sm="6" lg="3">
                   <h4>Feels</h4>
                    <div className="block-2">Is unfamiliar with most of the shop, perhaps knows enough to dash in and back out</div>
                    <div className="block-2">Anxious whether they'll arrive in time for the next appointment</div>
                        
                    </Col>
                    <Col xs="auto" sm="6" lg="3">
                    <h4>Does</h4>
                    <div className="block">Winds up purchasing more than planned</div>
                    <div className="block">Gets lured by the promotions and sugary snacks</div>
                    <div className="block">Shop on no fixed schedule, whenever they can. They're not in the mood to spend ages in a store.</div>      

                    </Col>
                    <Col xs="auto" sm="6" lg="3">
                    </Col>
                </Row>
                <Row>
                <Col xs="auto" md="8">
                <Callout>
                    1) The  sparrow persona has little experience of the shop. They have been there twice at the most, and know about a few of the things they require.
                    They don't plan on much cooking, but want a handful of goods to manage. They stray from the plan readily.
                    <br/>
                    <br/>
                    2) They don't much mind relocated fruit and veg or shifting products, but feel swamped overall. 
                    The sparrow persona has scant time, scant knowledge of the shop, and must get in and back out fast. 
                    The shop must steer these occasional visitors as well as it can. The shop might also seize the chance to lure them with featured stands and goodies.
                    <br/>
                    <br/>
                    3) The people who fit the sparrow persona have no wish to cook and could be students with part meal plans or tourists. 
                    They're short on time and are squeezing this shopping trip between other plans.
                </Callout>
                </Col>
                <Col xs="auto" md="4">
                <Image className="bootleg-image" src={sparrow}></Image>
                </Col>
                </Row>

            </Section>
