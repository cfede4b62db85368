import { Box, Center, HStack, Image, Spacer, Text } from "@chakra-ui/react";
import person1 from "../assets/person1.webp";
import person2 from "../assets/person2.webp";
import person3 from "../assets/person3.webp";
import person4 from "../assets/person4.webp";

const Personas = () => {
  return (
    <>
      <Center marginTop={5}>
        <Text fontSize={24}>
          <b>Personas</b>
        </Text>
      </Center>
      <Center marginTop={5}>
        <Text>
          Our team drafted four personas to stand in for the people who would
          use the app. <br /> That work told us a <b>suggestion feature</b>{" "}
          ought be the centre of the whole design.
        </Text>
      </Center>

      <HStack marginTop={5} paddingTop={10}>
        <Spacer />
        <Box>
          <Image src={person1} boxSize={200} />
        </Box>
        <Spacer />

        <Box>
          <Image src={person2} boxSize={200} />
        </Box>
        <Spacer />

        <Box>
          <Image src={person3} boxSize={200} />
        </Box>
        <Spacer />

        <Box>
          <Image src={person4} boxSize={200} />
        </Box>
        <Spacer />
      </HStack>

      <HStack marginTop={5} paddingBottom={10}>
        <Spacer />
        <Box>
          <Text>
            Derek keeps slipping into one <b>rut</b> of pulling on <br />
            his Boston red sox hat daily and craves <br /> a change.
          </Text>
        </Box>
        <Spacer />

        <Box>
          <Text>
            Kevin's workplace just brought in a stricter dresscode <br />
            so he hopes to sharpen up his <b>look</b>.
          </Text>{" "}
        </Box>
        <Spacer />

        <Box>
          <Text>
            Jenna's a university student and her dorms constantly cluttered, <br />
            she hopes to finally get her closet <b>sorted</b>.
          </Text>{" "}
        </Box>
        <Spacer />

        <Box>
          <Text>
            Rosa is a mom of two little kids and can't find the <br />
            <b>time</b> to piece together her own clothes each morning.
          </Text>{" "}
        </Box>
        <Spacer />
      </HStack>
    </>
  );
};

export default Personas;
