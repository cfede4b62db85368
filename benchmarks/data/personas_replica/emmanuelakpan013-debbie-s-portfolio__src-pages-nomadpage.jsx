import "./KestrelPage.css";
import Navbar from "../components/Navbar";
import kestrelLogo from "../images/kestrel/kestrel.png";
import image1 from "../images/kestrel/Rectangle 512.png";
import image2 from "../images/kestrel/Rectangle 533.png";
import image3 from "../images/kestrel/Rectangle 534.png";
import image4 from "../images/kestrel/Rectangle 535.png";
import macbook from "../images/kestrel/main.png";
import macbookContent from "../images/kestrel/16_ Macbook Pro Mockup Front view label.png";
import researchLadyOne from "../images/kestrel/christina-wocintech-Qh7HbU2rEsA-unsplash.png";
import researchLadyTwo from "../images/kestrel/brooke-cagle-k9XZPpPHDho-unsplash.png";
import researchManOne from "../images/kestrel/tim-gouw-1K9T5YiZ2WU-unsplash 1.png";
import jonasKakaroto from "../images/kestrel/jonas-kakaroto-KIPqvvTOC1s-unsplash.png";
import girlImageFullWidth from "../images/kestrel/brooke-cagle-k9XZPpPHDho-unsplash (1).png";

function KestrelPage() {
  return (
    <>
      <Navbar />
      <div className="container">
        <div className="kestrel-logo">
          <img src={kestrelLogo} alt="" />
        </div>

        <div className="imgContainer">
          <div className="kestrelLandingImg img-1">
            <img src={image1} alt="" />
          </div>
          <div className="kestrelLandingImg img-2">
            <img src={image2} alt="" />
          </div>
          <div className="kestrelLandingImg img-3">
            <img src={image3} alt="" />
          </div>
          <div className="kestrelLandingImg img-4">
            <img src={image4} alt="" />
          </div>
        </div>
      </div>

      <div className="roleContainer">
        <div className="roleContent">
          <h3>ROLE</h3>
          <br />
          <p>Product Strategy, Service Design</p>
          <p>Product Design, UX Design</p>
        </div>
        <div className="roleContent">
          <h3>SCOPE</h3>
          <br />
          <p>
            Banking product for <br /> MSMEs
          </p>
        </div>
        <div className="roleContent year">
          <h3>YEAR</h3>
          <br />
          <p>2022 - Present</p>
        </div>
      </div>

      <div className="macbook-pro">
        <img src={macbook} alt="" className="macbook" />
        <img src={macbookContent} alt="" className="macbook-content" />
      </div>

      <div className="background-section">
        <div className="background-large-text">
          <h4>01</h4>
          <br /> <h2>Background</h2>
        </div>
        <div className="background-paragraph">
          <div className="para-1">
            <p>
              At present, In Ghana, MSMEs are what drives the whole country’s
              Economy. There are close to 2 million of these MSMEs, yet only
              roughly 6% can get capital, ie only a small share of these MSMEs
              can reach cheap sources of working capital. Part of the reason is
              that the processes at both traditional and digital-only
              banks are very slow and the documents they ask for
              are often hard for owners to obtain.
            </p>
            <br />
            <p>
              Kestrel Bank offered a feature - <strong>Quikpay</strong> which
              delivers an upgraded digital finance service made up of:
            </p>
          </div>
          <div className="para-2">
            <ul>
              <li>
                <p>
                  An end-to-end Order to Cash tool that simplifies and
                  unifies the way invoices are handled.
                </p>
              </li>
              <li>
                <p>
                  Reporting tools that log how the business performs, measuring the
                  worth of paying early in both cash and time.
                </p>
              </li>
              <li>
                <p>
                  Settling invoices early lets SMEs collect what they are owed
                  in 72 hours instead of waiting 45, 90 or even 120 days!
                </p>
              </li>
            </ul>
          </div>
        </div>
      </div>

      <div className="work-overview">
        <div className="work-over-text">
          <h4>02</h4>
          <br />
          <h2>
            Work <br />
            OVerview
          </h2>
        </div>
        <div className="work-over-text-para">
          <div className="fastr">
            <p>
              <strong>Quikpay</strong> is an upgraded digital finance service
              that simplify and unify how invoices are handled and helps with
              precise bookkeeping so that income and perhaps expenses
              are simple to follow, cutting time, effort, mistakes and gaps,
              and easing the annoyance of keeping records; Reporting tools track
              how the business performs, measuring what an early payment is worth
              in cash and time. When invoices are paid early SMEs receive the
              money owed to them in 72 hours instead of waiting 45, 90 or even 120
              days!{" "}
            </p>
          </div>
          <br />
          <div className="solution">
            <h4>Solution</h4>
            <p>
              The aim is for Kestrel Bank to provide a digital product that is SME
              centred Digital Banking and Frees Up Working Capital for these
              MSMEs. My part covered an invoicing tool, a purchase
              order tool, an early-payment feature plus a system for building credit, since
              together they help firms follow their transactions, fixes late payment
              problems and build up enough credit to qualify for loans - freeing
              working capital.
            </p>
          </div>
        </div>
      </div>
      <div className="research">
        <div className="research-header-and-image">
          <div className="research-header">
            <h4>03</h4>
            <br />
            <h2>Research</h2>
          </div>
          <div className="research-image">
            <div className="imgae-box image-box-1">
              {/* Box 1 */}
              <img src={researchLadyOne} alt="" />
            </div>
            <div className=" imgae-box image-box-2">
              {/* Box 2 */}
              <img src={researchManOne} alt="" className="manImage" />
            </div>
            <div className="imgae-box image-box-3">
              {/* Box 3 */}
              <img src={researchLadyTwo} alt="" />
            </div>
          </div>
        </div>
        <div className="research-para">
          <div className="interview">
            <hr className="interview-line" />
            <br />
            <h4>Interviews</h4>
            <br />
            <p>
              Through zoom calls and casual chats with MSME founders we
              pinned down the biggest problems these business owners were
              running into in their day-to-day work.
            </p>
          </div>
          <br />
          <div className="interview">
            <hr className="interview-line" />
            <br />
            <h4>Interviews</h4>
            <br />
            <p>
              Through zoom calls and casual chats with MSME founders we
              pinned down the biggest problems these business owners were
              running into in their day-to-day work.
            </p>
          </div>
        </div>
      </div>

      <div className="persona">
        <h2>Persona</h2>
        <div className="persona-image-description">
          <div className="persona-image">
            <img src={jonasKakaroto} alt="" />
          </div>
          <div className="description">
            <h2>Kwabena Asante.</h2>
            <br />
            <p className="first-paragraph">
              A small trader who has kept his shop going for almost 8
              months in Kumasi Ghana. Kwabina passes her days completing forms
              and phoning the banks to check whether he has been paid
              for the goods and services he delivered . More often than not, he
              makes errors and loses money he cannot trace, cannot follow up
              the work he did over the past fuor months and has no means to
              grow a solid credit scroe since he lacks the proof needed to
              show he is trustworthy, partly because suppliers let him down at
              various stages
            </p>
            <br />
            <p className="second-paragraph">
              “Hunting for documents and filling in paperwork for hours wears me out
              and swamps me. Most days I feel ineffecient”
            </p>
            <div className="card-container">
              <div className="card">
                <h3>Pain Points</h3>
                <ul>
                  <li>
                    <p>
                      Can't grow his credit score because suppliers settle their
                      bills late
                    </p>
                  </li>
                  <li>
                    <p>
                      Struggles to stay on top of paperwork as trade expands
                      every day
                    </p>
                  </li>
                </ul>
              </div>
              <div className="card">
                <h3>Needs</h3>
                <ul>
                  <li>
                    <p>
                      A trustworthy route to a credit score that opens up capital for
                      his expanding shop
                    </p>
                  </li>
                  <li>
                    <p>An app that helps him keep track of spending.</p>
                  </li>
                </ul>
              </div>
            </div>
          </div>
        </div>
      </div>

      <div className="girl-image">
        <img src={girlImageFullWidth} alt="" />
      </div>

      <div className="website-section">
        <div className="section-header-container">
          <div className="website-section-header">
            <h4>05</h4>
            <br />
            <h2>Website</h2>
          </div>
          <div className="website-section-paragraph">
            <div className="para">
              <h3>WEB APPLICATION</h3>
              <br />
              <p>
                We put this webapp forward as the answer since from one dashboard a
                user can follow his invoices and purchase orders, raise a new
                purchase order, log his or her credit history and also
                get hold of payments before the supplier sends them-
                freeing capital.
              </p>
            </div>
            <br />
            <br />
            <div className="para">
              <h3>CUSTOMER JOURNEY MAP</h3>
              <br />
              <p>
                Theis customer journey map gives us a clearer picture of how our
                users are likely to behave and helps in drawing up the site map
                for the product.
              </p>
            </div>
            <div className="para-two"></div>
          </div>
        </div>

        <div className="website-section-table">
          <h2>Customer Journey Map</h2>
          <div className="chart">
            <button className="btn">Empty</button>
            <button className="btn">Research</button>
            <button className="btn">Onboarding</button>
            <button className="btn">Create Purchasing Order</button>
            <button className="btn">Invoice management</button>
            <button className="btn">Dispute</button>
            <button className="btn">Invite users</button>
          </div>
        </div>
      </div>
    </>
  );
}

export default KestrelPage;
