export type SectionFirstConstants = typeof sectionFirstConstants
import logo1 from '/public/image/emoji-thinking.png'
import logo2 from '/public/image/emoji-sad.png'
import logo3 from '/public/image/emoji-dizzy.png'

export const sectionFirstConstants = {
  description: [
    {
      id: 1,
      image: logo1,
      description1: `“제가 바라는 `,
      description2: `스터디 먼저 둘러보고 싶어요.”`,
      info: '22살 대학생 박OO',
    },
    {
      id: 2,
      image: logo2,
      description1: `“제게 꼭 맞는 스터디 멤버를 `,
      description2: `쉽게 구할 수가 없어요.”`,
      info: '31살 직장인 서OO',
    },
    {
      id: 3,
      image: logo3,
      description1: `“구직 준비를 함께할 만한 실력의`,
      description2: `동료를 도무지 못 찾겠어요."`,
      info: '27살 취준생 최OO',
    },
  ],
}
