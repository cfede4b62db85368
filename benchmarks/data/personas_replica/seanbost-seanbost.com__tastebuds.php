<!--  Old markup never refreshed and bent into working. Now messy, heavily patched together, and badly overdue for a rewrite :(  -->
<!doctype html>
<html lang="en">
<head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1.0">
    <title>Evan Pryce | Spoonful</title>
    <link rel="shortcut icon" href="assets/icon.ico">
    <link rel="stylesheet" type="text/css" href="styles/spoonful.css">
    <link rel="stylesheet" href="https://use.typekit.net/mhr1izx.css">
</head>


<body>
    <!--  Navigation Content  -->
    <div id="page-top"></div>
    <nav><div class="grid-container">
        <div id="nav-logo" style="margin-top: 18px;">
            <a href="/index"><img src="assets/logo.png" width="151px" height="28px" alt="Logo that says Evan Pryce"></a>
        </div>
        <div id="nav-links">
            <h3><a href="/index" class="desktop-only">Home</a><buffer></buffer>
            <a href="/index#projects">Projects</a><buffer></buffer>
            <a href="/about">About</a></h3>
        </div>
    </div></nav>


    <!--  Case Study Content  -->
    <main>
    <div class="pink-bg"><div class="grid-container">
        <div class ="content-full">
            <img src="media/home/spoonful-mockup.png" style="margin-left: 10%; width: 80%;" alt="Phone screens showing off Spoonful">
        </div>
    </div></div>
    <div class="grid-container">
        <!--  Overview  -->
        <div class="content-center">
            <h1 style="text-align: center;">Spoonful</h1>
        </div>
        <div class="content-left" style="margin-top: -45px;">
            <h2>Overview</h2>
            <p>Spoonful answers a market of recipe platforms that has gone stale and turned against its users.</p>
            <p>Our team found that home cooks want a lean, clutter-free way to find recipes, and like recipes that come from people they know better. The design we made cut down the steps needed to move through recipes and kept recipe content clear of obstacles and easy to find at all times.</p>
            <p>We applied lean UX to build a minimum viable product, quickly shaping our problem statement with research and then trying out and testing ever more detailed solutions.</p>
        </div>
        <div class="content-right" style="padding-left: 60px; margin-top: -30px;">
            <p><b>ROLE</b></p>
            <p><gray>UX lead in a design team of 4</gray></p><br>
            <p><b>TIMELINE</b></p>
            <p><gray>Roughly 90 hours</gray></p><br>
            <p><b>PRODUCT GOAL</b></p><gray><ul>
            <li>Find & fix any pain points in the core recipe features</li>
            <li>Use fresh solutions to win a niche in a packed market</li></ul></gray>
        </div>
        <!--  Design Process  -->
        <div class="content-full">
            <h2>Design Process</h2>
            <div class="content-quarter">
                <p><b>DISCOVER</b></p>
                <img src="media/spoonful/process-1.png" width="100%">
                <p><a href="#jump-Market">Competitive Analysis</a></p>
                <p><a href="#jump-Survey">User Surveying</a></p>
                <p><a href="#jump-Problem">Problem Identification</a></p>
            </div>
            <div class="content-quarter">
                <p><b>DEFINE</b></p>
                <img src="media/spoonful/process-23.png" width="100%">
                <p><a href="#jump-Persona">User Persona & Journey</a></p>
                <p><a href="#jump-HTA">Task Analysis</a></p>
                <p><a href="#jump-Flow">Task Flow</a></p>
            </div>
            <div class="content-quarter">
                <p><b>IDEATE</b></p>
                <img src="media/spoonful/process-23.png" width="100%">
                <p><a href="#jump-Workshop">Feature & IA Workshop</a></p>
                <p><a href="#jump-Wire">Wireframing</a></p>
            </div>
            <div class="content-quarter">
                <p><b>IMPLEMENT</b></p>
                <img src="media/spoonful/process-4.png" width="100%">
                <p><a href="#jump-DesTest">Design Testing</a></p>
                <p><a href="#jump-UseTest">Usability Testing</a></p>
            </div>
        </div>
        <!--  Research Goals  -->
        <div class="content-center">
            <h2>Research Goals</h2>
            <p>Though our team agreed that looking for recipes online can be a chore, we had to understand better what home cooks thought worked and what didn't. With our research, we set out to:</p>
            <br><ul><li>Find out exactly who searches for and uses recipes online</li>
            <li>Uncover the pain points in how they do it, plus how frequent and serious each one is</li>
            <li>Work out how people choose online recipes and the platforms that host them</li>
            <li>Pin down what rival products do well and badly</li></ul>
        </div>
        <!--  Market Research  -->
        <div class="content-left" >
            <p><b>COMPETITIVE ANALYSIS</b></p>
            <p>First we searched for recipes on current platforms ourselves, to get a feel for what our users go through and to ask sharper questions. We also put together a simple feature matrix of rival platforms and noted how their UI and structure worked. The aim was to help us later brainstorm the various directions our product might go in, depending on what users cared about most.</p>
        </div>
        <div class="content-right" >
            <img src="media/spoonful/matrix.png" width="100%" alt="Part of the feature matrix we built of competitors">
            <div class="caption">
                <p>Part of our competitor feature matrix</p>
            </div>
        </div>
        <div id="jump-Market"></div>
        <!--  User Surveys  -->
        <div class="content-left" >
            <p><b>USER SURVEYING</b></p>
            <p>To hear a wide range of views, we surveyed likely users and kept only those who use recipes at least now and then, which left twenty-four usable respondents. I drafted a mix of open free-text and Likert-scale questions, and although the group was varied, three questions drew almost unanimous answers:</p>
            <br><ul><i><li>20 of 24 named an online method when asked where their recipes come from, and 12 of them named Pinterest outright</li>
            <li>18 of 24 said recipe pages are too cluttered when asked what, if anything, bothered them while finding recipes, mainly because of “ads” or “stories”</li>
            <li>17 of 24 agree at least a little that a recipe from a person they know beats one found on the web</li></i></ul>
        </div>
        <div class="content-right" style="padding-left: 30px; padding-right: 30px;">
            <img src="media/spoonful/3in4.png" width="100%" alt="Graphic saying 3 in 4 respondents called recipe pages too cluttered">
        </div>
        <div id="jump-Survey"></div>
        <div class="content-center">
            <img src="media/spoonful/likert.png" width="100%" alt="Bar charts showing that most people favour recipes from people they know, and that feelings about joining online recipe-sharing groups are split">
        </div>
        <div class="content-center">
            <div id="jump-Problem"></div>
            <p><b>PROBLEM IDENTIFICATION</b></p>
            <p>Our research pointed to one central problem home cooks run into when looking for recipes:</p>
            <br><p style="padding-left: 30px; padding-right: 30px;"><em><bigg>Users want things dead simple when finding and reading recipes, yet the recipe platforms of today are stuffed with content nobody asked for.</bigg></em></p>
            <br><p>Besides learning what users need while finding recipes, we also saw how much trust and confidence matter to most home cooks when picking a recipe. Seen that way, and given that a large share of respondents wanted to share recipes socially, we concluded that making user-generated content (UGC) central could help us stand out against the big names already in the industry.</p>
            <br>
        <!--  Persona  -->
            <div id="jump-Persona"></div>
            <h2>User Persona & Journey</h2>
            <p>Our research told us a number of things about who our target users are. Looking at each respondent on their own, I saw that the home cooks keen on shareable user-generated recipes all wanted short, easy-to-follow recipes — and all liked cooking both new and familiar dishes. Most were also drawn to one more feature group apart from “social”, for instance “meal planning” or “nutrition”.</p>
            <p>From this data we built a representative persona, Chef, and sketched a journey for him that mirrors our target users', which helped us put ourselves in their shoes.</p>
        </div>
    </div>
    <br><br><div class="pink-bg"><br><div class="grid-container">
        <div class="content-left" style="padding-left: 30px; padding-right: 30px;">
            <p><b>BIO</b></p><bigg>
            <p><em>Chef's a young adult who often cooks and bakes in his own kitchen. He'll follow old family recipes or new ones he comes across online, and now and then he'll invent one himself.</em></p>
            <p><em>A few friends and relatives also like cooking for themselves and use recipes too, and Chef often connects with them by making and sharing meals together.</em></p>
        </bigg></div>
        <div class="content-right" style="padding-left: 30px; padding-right: 30px;">
            <p><b>GOALS</b></p>
            <ul><li>To find recipes he can trust that get straight to the point</li>
            <li>To gather and swap recipes with loved ones without effort</li></ul>
            <br><p><b>MOTIVATIONS</b></p>
            <ul><li>Getting to saved and new recipes with ease</li>
            <li>Feeling sure about the choices he makes</li></ul>
            <br><p><b>FRUSTRATIONS</b></p>
            <ul><li>Hates wading through ads and padding to reach the recipe</li>
            <li>Often unsure which recipes are the right ones to pick</li></ul>
        </div>
        <!--  User Story  -->
        <div class="content-full"><div class="caption">
            <div class="content-third">
                <img src="media/spoonful/story-1.png" width="100%" alt="Sketch of Chef wondering 'How do I keep & pass on this recipe?'">
                <p>Several of Chef's friends adore his family's carrot cake and keep asking him for the recipe so they can bake it themselves.</p>
            </div>
            <div class="content-third">
                <img src="media/spoonful/story-2.png" width="100%" alt="Sketch of a finger tapping 'Get' on an app store listing">
                <p>On the advice of his friends, Chef installs an app named Spoonful so he can write up and share this recipe, and later ones, as fast and simply as he can.</p>
            </div>
            <div class="content-third">
                <img src="media/spoonful/story-3.png" width="100%" alt="Sketch of an app screen showing Chef and 'Tap to begin a collection'">
                <p>Chef launches the app to begin writing the recipe and lands on a welcome page that invites him to search for, create, or browse a recipe. The same page doubles as a hub listing every recipe he has saved.</p>
            </div>
            <div class="content-third">
                <img src="media/spoonful/story-4.png" width="100%" alt="Sketch of a blank recipe builder page waiting to be filled in">
                <p>Next Chef taps the plus button on the app's home screen, which brings up the recipe builder. There he can type in the ingredients and steps, plus a few photos and a short description.</p>
            </div>
            <div class="content-third">
                <img src="media/spoonful/story-5.png" width="100%" alt="The same sketch as before, now completed">
                <p>When he has finished the recipe in the builder, Chef's brought to a publishing page in which he sets who can view it and shares it through other apps or a link. If he likes, he can also tag it by category and/or file it in a 'cookbook', which holds other recipes.</p>
            </div>
            <div class="content-third">
                <img src="media/spoonful/story-6.png" width="100%" alt="A sketch of Chef's recipe page for carrot cake">
                <p>After it is published, the recipe shows up in Chef's library.</p>
            </div>
        </div></div>
    </div><br></div><br>
