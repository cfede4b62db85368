import React from "react";
import "./SalesManagementApp.css";

const SalesManagementApp = () => {
    return (
        <div className="case-study-container">
            <img
                src={require(`../../assets/project-images/sales-management-app-overview.png`)}
                alt="A laptop and a phone show off the drone courier app"
                className="case-study-image"
            />
            <div className="project-header">
                <div className="section">
                    <h1 className="project-title"> Sales Management App </h1>
                    <h3>User Research &amp; UX Design</h3>
                </div>
                <div className="section">
                    <h2> Project Overview </h2>
                    <p>Marco’s Toy Shop is a neighbourhood bricks-and-mortar shop whose hand-kept sales records have turned into a real burden. The existing setup is dated, clumsy and slow, so the shop struggles to keep an accurate picture of what sells and what is left in stock. On top of that, the paper-based process doesn’t connect to the shop’s web storefront, which leaves little insight into or control over stock and sales on either side. The upshot is that the shop’s team has been stretched thin juggling several jobs at once, from stock keeping and reading sales figures to running the shop from day to day.</p>
                </div>
                <div className="project-detail-info">
                    <div className="project-detail-timeline">
                        <h5> Project Duration:</h5>
                        <p> June 2023 to July 2023  </p>
                    </div>
                    <div className="project-detail-my-role">
                        <h5> My Role: </h5>
                        <p> UX Researcher &amp; Designer </p>
                        <br></br>
                        <h5> My Responsibilities: </h5>
                        <p>Running user interviews, sketching wireframes on paper and on screen, prototyping at low and at high fidelity, running usability tests, checking accessibility, refining the designs over several rounds.</p>
                    </div>
                    <div className="project-detail-platform">
                        <h5> Platform: </h5>
                        <p> Figma </p>
                    </div>
                </div>
                <div className="section">
                    <h2>Client's Need</h2>
                    <p>The shop's owner and team feel let down since they lack a clear view of sales figures and stock levels, so sound business decisions are hard to reach. What the shop wants is a lean tool for managing sales that simplifies recording sales and stock and gives better oversight and control of both over the web shop and the physical counter.</p>
                </div>
                <div className="section">
                    <h2>Problem</h2>
                    <p>Marco’s Toy Shop relies on a hand-run sales process that wastes effort and will not link up with its web shop, so the team can neither see nor steer sales and stock properly.</p>
                </div>
                <div className="section">
                    <h2>Solution</h2>
                    <p>My part was shaping an app for managing sales that makes handling sales and stock simpler, gives clearer oversight and control of both in the web shop and the physical shop across both channels, and frees the team to spend time on other work.</p>
                </div>
                <div className="section">
                    <h2>Design Process</h2>
                </div>
            </div>
            <img
                src={require(`../../assets/project-images/design-process.png`)}
                alt="design-process"
                className="design-process-image"
            />
            <div className="project-header">
                <div className="section">
                    <h2>User Research: Summary</h2>
                    <p>To learn who I’m designing for and what they were after, I ran interviews and built empathy maps. The research pointed to one main user group: the team at Marco’s Toy Shop, meaning the owner, the managers and the shop assistants. </p>
                    <br></br>
                    <p>The research backed up what we first assumed about the shop’s team, yet it also showed that the hand-run system, slow and awkward as it is, makes keeping track of sales and stock hard for them. People we spoke to also asked for simpler workflows and a smoother tie-in with the web shop, plus features that cut the time their everyday jobs take.</p>
                </div>
            </div>
            <div className="project-header">
                <div className="section">
                    <h2>Persona</h2>
                    <h4>Carlos</h4>
                    <p>Age: 52 </p>
                    <p>Family: Married, 3 teenage children</p>
                    <p>Occupation: Independent shop owner</p>
                    <p>Hometown: Chicago, Illinois</p>
                    <br></br>
                    <h4>Bio</h4>
                    <p>Marco has run his toy shop for more than ten years and has always cared deeply about giving kids the finest games and toys he can find.
                        As online toy orders keep climbing, Marco must now work out how to keep track of stock both on his shelves and in his web shop. He has also grown frustrated with how his customers currently put in orders.</p>
                    <br></br>
                    <h4>Frustrations</h4>
                    <p>Marco has mixed feelings about how quickly online toy orders have grown. He welcomes the extra sales, yet he is also frustrated at the struggle of managing shop and online stock together.</p>
                </div>
                <div className="section">
                    <h2>User Journey</h2>
                    <p>Laying out Marco’s user journey showed how much users would gain from a sales management app built for the job. </p>
                </div>
            </div>
            <img
                src={require(`../../assets/project-images/crm-user-journey-map1.png`)}
                alt="Marco's user journey map"
                className="user-journey-image"
            />
            <img
                src={require(`../../assets/project-images/crm-user-journey-map2.png`)}
                alt="Marco's user journey map"
                className="user-journey-image"
            />
            <div className="project-header">
                <div className="section">
                    <h2>Paper Wireframes</h2>
                    <p>I drafted every app screen by hand over several rounds so that whatever carried over to the digital wireframes would suit the pain points users had raised. On the home screen I put first a fast, simple dashboard for sales and stock to save user time and easy access turn figures into a report you can click through.</p>
                </div>
            </div>
            <img
                src={require(`../../assets/project-images/crm-paper-wireframes.png`)}
                alt="Paper wireframes"
                className="paper-wireframes"
            />
            <div className="project-header">
                <div className="section">
                    <h2>Digital Wireframes</h2>
                    <p>While the early design stage went on, I kept every screen grounded in what users had told me and what the research turned up.</p>
                </div>
            </div>
            <img
                src={require(`../../assets/project-images/crm-digital-wireframes1.png`)}
                alt="Digital wireframes"
                className="crm-digital-wireframes1"
            />
            <img
                src={require(`../../assets/project-images/crm-digital-wireframes2.png`)}
                alt="Digital wireframes"
                className="crm-digital-wireframes2"
            />
            <div className="project-header">
                <div className="section">
                    <h2>Low-fidelity Prototype</h2>
                    <p>With the full set of digital wireframes in hand, I put together a low-fidelity prototype. Its main user flow opens on a sales overview dashboard, so users can see and weigh how sales are going in one glance. The prototype was ready to use in a usability test.</p>
                </div>
            </div>
            <img
                src={require(`../../assets/project-images/crm-low-fidelity-prototype.png`)}
                alt="Low-fidelity prototype"
                className="low-fidelity-prototype"
            />
            <div className="project-header">
                <div className="section">
                    <h2>Usability Study: Findings</h2>
                    <p>To judge the app's user experience and find what could be better, I ran two rounds of usability testing. Round one steered the design from wireframes to mockups. Round two ran on a high-fidelity prototype and showed which parts of the mockups still needed polish.</p>
                </div>
            </div>
            <img
                src={require(`../../assets/project-images/crm-usability-findings.png`)}
                alt="Usability study findings"
                className="usability-study-findings"
            />
            <div className="project-header">
                <div className="section">
                    <h2>Design System</h2>
                </div>
            </div>
            <img
                src={require(`../../assets/project-images/crm-design-system.png`)}
                alt="Design system"
                className="crm-design-system"
            />
            <div className="project-header">
                <div className="section">
                    <h2>Mockups</h2>
                </div>
            </div>
            <img
                src={require(`../../assets/project-images/crm-mockup1.png`)}
                alt="Mockup"
                className="crm-mockup"
            />
            <img
                src={require(`../../assets/project-images/crm-mockup2.png`)}
                alt="Mockup"
                className="crm-mockup"
            />
            <img
                src={require(`../../assets/project-images/crm-mockup3.png`)}
                alt="Mockup"
                className="crm-mockup"
            />
            <div className="project-header">
                <div className="section">
                    <h2>High-fidelity Prototype</h2>
                    <p>The finished high-fidelity prototype offered tidier flows for exporting a sales report and adding a new item to stock.</p>
                </div>
            </div>
            <img
                src={require(`../../assets/project-images/crm-high-fidelity.png`)}
                alt="High-fidelity Prototype"
                className="crm-high-fidelity"
            />
            <div className="project-header">
                <div className="section">
                    <h2>Takeaways</h2>
                    <p>It streamline and tidies up the shop’s selling routines. It can spare users time and effort, leaving them free to grow the business. It can also surface useful insight into how sales are doing, so users can base decisions about their operations on data.</p>
                    <br></br>
                    <p>Working on the Sales Management App taught me that a clear idea of what it is for and how it works matters a great deal. Paper wireframes were especially useful for catching both small and large problems early in the process. That let me fix them quickly and made sure the app served what its users needed.</p>
                </div>
            </div>
            <div className="project-header">
                <div className="section">
                    <h2>Next Steps</h2>
                </div>
            </div>
            <img
                src={require(`../../assets/project-images/crm-next-steps.png`)}
                alt="Next steps"
                className="next-steps"
            />
        </div>

    )
}

export default SalesManagementApp;