<?php include 'includes/config.php';?>
<?php include 'includes/header.php';?>

<section>
    <h2 class="pageID AIA">AIA</h2>
</section>
<table>

  <tr>
    <th>Client's Name</td>
    <td>Martin Abernathy</td>
  </tr>
  <tr>
    <th>Business Name</td>
    <td>Marty's Butcher & Greens</td>
  </tr>
  <tr>
    <th>Redesign or New?</td>
    <td>Martin took over the shop not long ago, and the site run by the last owner has since gone offline.</td>
  </tr>
  <tr>
    <th>Website Type</td>
    <td>Branding, Promotion, Reference</td>
  </tr>
  <tr>
    <th>Goals</td>
    <td>A web presence, steering shoppers toward the store, holding on to regulars of the former owner while winning fresh trade.</td>
  </tr>

</table>

<table>
  <tr>
    <th>Audience</th>
    <th>Issues, Concerns, Needs</th>
    <th>Approach</th>
  </tr>
  <tr>
    <td><b>Growers</b> Nearby farms hoping to market their meat and vegetables. Out in the country with perhaps weak internet access, probably using a work desktop. Whichever mainstream browser, perhaps Opera or even an old Vivaldi. Perhaps limited ability with computers.</td>
    <td>
        <ul>
            <li>market their meat and vegetables</li>
            <li>raise their farm's profile</li>
            <li>simple to reach the shop</li>
        </ul>
    </td>
    <td>
        <ul>
            <li>grower profiles</li>
            <li>"pasture-raised" "certified" "cage-free" badges</li>
            <li>discount and sale listings</li>
            <li>"just arrived" listings</li>
            <li>supplier enquiry form placed up front</li>
        </ul>
    </td>
  </tr>
  <tr>
    <td><b>Makers</b> Producers of niche goods: smoked sausages, dairy, and so on. A few may live in the country too, others in town. Probably on a desktop for work. Windows. Opera or Vivaldi. May struggle somewhat with computers.</td>
    <td>
        <ul>
            <li>market their goods</li>
            <li>build up their label</li>
            <li>send visitors on to their own pages</li>
        </ul>
    </td>
    <td>
        <ul>
            <li>maker profiles</li>
            <li>links to their pages</li>
            <li>weekly discounts/sales</li>
        </ul>
    </td>
  </tr>
  <tr>
    <td><b>Neighbors</b> Shoppers living close by who prize ease and backing small hometown shops. Have solid mobile data/wifi, browsing on a phone while out and about. Pixel or Galaxy. Brave or Edge. Middling computer ability.</td>
    <td>
        <ul>
            <li>expect fair prices</li>
            <li>need it located quickly</li>
            <li>simple on a small screen </li>
        </ul>
    </td>
    <td>
        <ul>
            <li>Clear street address and phone</li>
            <li>Weekly deals/discounts</li>
            <li> working well on phones matters a great deal</li>
        </ul>
    </td>
  </tr>
  <tr>
    <td><b>"Gourmets"</b> Home chefs who care about fine ingredients and will make a trip for them, and enjoy trying unfamiliar dishes. Could look things up in advance on a laptop or tablet, or could suddenly settle on a recipe and shop by phone while out. iMac or iPad. Brave or Firefox. Moderate computer skills.</td>
    <td>
        <ul>
            <li>Wish to check whether you'll stock every item their recipe calls for.</li>
            <li>hope to try making a fresh dish!</li>
        </ul>
    </td>
    <td>
        <ul>
            <li>Item groupings/indexes</li>
            <li>Cooking ideas</li>
            <li>"Just arrived" area</li>
        </ul>
    </td>
  </tr>

</table>
<!-- START Footer -->
<?php include 'includes/footer.php';?>