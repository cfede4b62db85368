<!DOCTYPE html>

<html>

<head>
    <meta charset="utf-8">
    <title>Persona</title>
    <!--the h1 serves only as the assignment heading. This page is the entertainment data design persona  -->
</head>

<body>

<header>
    <h1>Persona</h1>
</header>


<main>
    <h2>Persona Customers</h2>

    <h3>Dolores</h3>

    <p><strong>Age:</strong>68</p>

    <p><strong>User Story:</strong> Dolores, would like to discover something to do on a saturday evening.</p>

    <p><strong>Work:</strong>Dolores, has stopped working and is done bringing up a big family.</p>

    <p><strong>Personal Life:</strong> Most days she stays home or goes around town with her circle of pals. She is outgoing and enjoys following whatever is going on in the city. She cannot get around easily and dislikes the internet. Still, she goes online since it tells her what is happening in good time. </p>

    <p><strong>Needs:</strong>She has to learn what her and her pals could do on a saturday evening. She wants to manage it with as little hassle as she can. Not liking santa fe drivers, heading out and locating an alibi is hard.</p>


    <h2>Persona Clients</h2>

    <h3>Walt</h3>

    <p><strong>Age:</strong>55+</p>

    <p><strong>User Story:</strong> Walt, hopes to widen the crowd and build up the standing of the venue he runs.</p>

    <p><strong>Work:</strong>Walt has retired and used to run a small firm. Now that he has stopped working his job is helping to run the place.</p>

    <p><strong>Personal Life:</strong> Walt is an energetic man who mostly goes online to read email and pay what he owes.</p>

    <p><strong>Needs:</strong>Walt hopes to get his venue noticed more while spending as little as he can for as much visibility as he can get. He is after a website that is simple to reach and shows plain, direct details on the venue.</p>



</main>

</body>

</html>