import { forwardRef } from 'react';
import type { ForwardedRef } from 'react';

import { motion } from 'framer-motion';
import Image from 'next/image';
import styled from 'styled-components';
import { v4 as uuid } from 'uuid';

import CustomerBox from '@/components/about/CustomerBox';
import * as Style from '@/components/about/style';
import * as Layout from '@/components/common/layout';
import * as Font from '@/styles/font';

function AboutInit(_: unknown, ref: ForwardedRef<HTMLDivElement>) {
  return (
    <Layout.VStack
      height='100%'
      width='100%'
      padding='0 16px'
      style={{ overflow: 'hidden' }}
      alignItems='center'
    >
      <Layout.VStack maxWidth='310px' width='100%'>
        <MideaMargin />
        <motion.div
          style={{ transform: 'none', display: 'contents' }}
          initial={{ y: 30, opacity: 0 }}
          animate={{ y: 0, opacity: 1 }}
          transition={{ type: 'tween' }}
        >
          <Font.ExtraLarge style={{ fontWeight: '800' }}>
            <Style.Highlight>혹여</Style.Highlight>
          </Font.ExtraLarge>
          <Font.ExtraLarge style={{ fontWeight: '500' }}>비슷한 일 겪어 보셨나요?</Font.ExtraLarge>
          <Layout.Box height='16px' />
          <Font.Medium>물건을 산 뒤 아쉬워했던</Font.Medium>
          <Font.Medium>지인들의 사례를 추려 봤어요.</Font.Medium>
          <Layout.Box height='48px' />
        </motion.div>
      </Layout.VStack>

      <Layout.VStack gap='16px' alignItems='stretch'>
        {CustomerOpinionContents.map(({ mainText, subText, subTextOrange }, idx) => (
          <motion.div
            key={uuid()}
            initial={{ y: 30 * (idx + 1), opacity: 0 }}
            animate={{ y: 0, opacity: 1 }}
            transition={{ type: 'easyIn', duration: 0.5 }}
          >
            <CustomerBox
              imgNum={idx + 1}
              mainText={mainText}
              subText={subText}
              subTextOrange={subTextOrange}
            />
          </motion.div>
        ))}
      </Layout.VStack>

      <motion.div
        initial={{ y: 90, opacity: 0 }}
        animate={{ y: 0, opacity: 1 }}
        transition={{ type: 'tween', duration: 0.5 }}
      >
        <Layout.Box height='29px' />
        <Layout.VStack alignItems='center'>
          <Image src='assets/image/about/dots.png' width={5} height={44} alt='dots' />
        </Layout.VStack>
      </motion.div>

      <Layout.Box minHeight='40px' ref={ref} />
      <Layout.VStack width='100%' maxWidth='310px' height='100vh'>
        <motion.div
          initial={{ y: 90, opacity: 0 }}
          animate={{ y: 0, opacity: 1 }}
          transition={{ type: 'tween', duration: 0.5 }}
        >
          <Layout.VStack>
            <Font.ExtraLarge style={{ fontWeight: '500' }}>아껴봄은</Font.ExtraLarge>
            <Font.ExtraLarge style={{ fontWeight: '500' }}>
              여러분의 <Style.Highlight style={{ fontWeight: '800' }}>충동구매</Style.Highlight>를
              염려해요!
            </Font.ExtraLarge>
            <Layout.Box height='16px' />
            <Font.Medium>갖고 싶은 그 물건이 꼭 있어야 하는 것인지,</Font.Medium>
            <Font.Medium>구매를 참으면 그 돈으로 무엇을 해 볼 수 있는지 보여 드려요.</Font.Medium>
            <Layout.Box height='48px' />
          </Layout.VStack>
        </motion.div>
        <img
          src='assets/image/about/아껴봄_빈지갑.png'
          alt='아껴봄 빈 지갑 그림'
          style={{ objectFit: 'cover', width: '100%' }}
        />
      </Layout.VStack>
    </Layout.VStack>
  );
}

AboutInit.displayName = 'AboutInit';

export default forwardRef(AboutInit);

const ImageBox = styled.div`
  position: relative;
  width: 100%;
`;

const MideaMargin = styled(Layout.Box)`
  @media (pointer: coarse) {
    height: 40px;
  }
  height: 119px;
`;

const CustomerOpinionContents = [
  {
    mainText: '“이건 또 언제 산 거였지..”',
    subText: '언제 구입했는지',
    subTextOrange: '도무지 기억나지 않는 K씨',
  },
  {
    mainText: '“계좌에 왜 돈이 이것뿐이지?”',
    subText: '과한 지출을 막지 못해',
    subTextOrange: '통장 잔고가 바닥난 S씨',
  },
  {
    mainText: '“살 땐 꼭 있어야 했는데..?!”',
    subText: '딱히 쓸 데도 없는 물건을',
    subTextOrange: '늘 버릇처럼 사들이는 M씨',
  },
];
