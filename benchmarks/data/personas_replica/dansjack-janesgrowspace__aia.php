<?php include 'includes/config.php'; ?>
<?php include 'includes/header.php'; ?>
<section id="wholepage">
  <div class="tables">
    <h3 class="tabletitle">Client info</h3>
    <table>
      <tbody id="tb1">
      <tr>
        <th scope="row" class="col1">Client's name and final decision maker</th>
        <td colspan="1">Rosie Dunn (relative) - Shop Owner/Sole Decider</td>
      </tr>
      <tr>
        <th scope="row" class="col1">Client's business/website name</th>
        <td colspan="1">Rosie's Leaf Nook</td>
      </tr>
      <tr>
        <th scope="row" class="col1">Redesign or brand new site</th>
        <td colspan="1">Newly opened shop, first site</td>
      </tr>
      <tr>
        <th scope="row" class="col1">Website	type</th>
        <td colspan="1">Direct to customer, online store</td>
      </tr>
      <tr id="lastrow">
        <th scope="row" class="col1">Client's goals</th>
        <td colspan="1">
          The owner needs a website for selling her scarce and much loved cuttings. Should it work, she may later think about
          growing the site to add a discussion forum plus a way for other growers to list their own plants for
          sale/swap without charging either party. The site would run purely on gifts.
        </td>
      </tr>
      </tbody>
    </table>
    <h3 class="tabletitle">AIA</h3>
    <table>
      <thead id="th2">
      <tr class="t2hrow">
        <th scope="col"><p>Audience</p></th>
        <th scope="col"><p>Issues, Concerns, Needs</p></th>
        <th scope="col"><p>Approach</p></th>
      </tr>
      </thead>
      <tbody>
      <tr class="t2row">
        <th scope="row">
          <p>Houseplant Collectors</p>
          <p>
            Plant fans ranging from their 20s up to their 60s, with an average grasp of computers, who work
            across many display sizes and operating platforms. Common browsers could be Brave, Edge, and
            Opera. Nearly all of them have dependable web access. These collectors comb online listings and nearby
            nurseries hunting for the lowest plant prices. They stay very persistent once they set their sights on a
            particular plant, and the owner has plenty to sell.
          </p>
        </th>
        <td>
          <ul>
            <li>Would like an easy way to locate a certain plant or browse what's in stock</li>
            <li>Worried whether plants get packed with care for shipping</li>
            <li>Fear plants arriving full of bugs</li>
          </ul>
        </td>
        <td>
          <ul>
            <li>Keep a regularly refreshed list of what's in stock</li>
            <li>To answer worries about shipping and bugs, one page could explain how the owner looks after
              and sends out plants. Or, those worries could be covered in the FAQ section</li>
          </ul>
        </td>
      </tr>
      <tr class="t2row">
        <th scope="row">
          <p>Early Career Workers</p>
          <p>
            Workers in their 20s-30s who were raised online and who run assorted operating systems and
            display sizes. They have steady web access and mostly use Brave or Vivaldi. On the whole they are very
            comfortable with tech. They want to brighten their house or workplace (or home workspace) with a bit of
            foliage. They may want more tips on keeping greenery healthy.
          </p>
        </th>
        <td>
          <ul>
            <li>Short on time. Wants an effortless way to buy</li>
            <li>Keen on the thought of owning plants, yet may not know how to look after them and may feel it's too
              overwhelming
            </li>
          </ul>
        </td>
        <td>
          <ul>
            <li>Build an easy buying flow with one plain page showing plants on offer and which ones are
              open for a waiting list
            </li>
            <li>
              Once shoppers save their personal details, checkout goes faster on later visits
            </li>
            <li>Offer a page of outside resources for every plant on sale</li>
            <li>Show a short care guide for every plant on its own product page (/philodendron_brasil.html)</li>
          </ul>
        </td>
      </tr>
      <tr class="t2row">
        <th scope="row">
          <p>Yoga Fans</p>
          <p>
            Yoga fans of every age whose computer skills run from novice to middling, on many operating systems.
            Some may rely on dated browsers (such as Opera 9) while others use current ones like Brave. These fans
            hope to round out their wellness routine with some greenery.
          </p>
        </th>
        <td>
          <ul>
            <li>Often less at ease with tech than other buyers</li>
            <li>May want plant upkeep advice</li>
          </ul>
        </td>
        <td>
          <ul>
            <li>Keep the layout obvious, don't clutter it with several menus, ensure nothing is "buried" along a
              particular route that's not reachable from the home page
            </li>
            <li>Show a short care guide for every plant on its own product page (/philodendron_brasil.html)</li>
            <li>Add an FAQ section</li>
          </ul>
        </td>
      </tr>
      </tbody>
    </table>
  </div>
</section>
<!-- START FOOTER -->
<?php include 'includes/footer.php';?>
