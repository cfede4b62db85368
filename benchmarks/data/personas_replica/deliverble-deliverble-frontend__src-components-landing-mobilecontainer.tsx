import styled from 'styled-components';
import Lottie from 'lottie-light-react';
import { step1Lottie, step2Lottie, step3Lottie } from 'public/assets/lottie';
import { COLOR } from 'src/styles/color';
import { FONT_STYLES } from 'src/styles/fontStyle';
import { ImageDiv } from '@src/components/common';
import { imgMobileBgFirst, imgMobileBgLast, imgMobileFist, imgMobileEar, imgMobileMic } from 'public/assets/images';

function MobileContainer() {
  return (
    <StMobileContainer>
      <StFirstSlide>
        <p>
          아나운서를 따라 말하며 기르는
          <br />
          말하기 자신감, 토커블
        </p>
        <p>토커블은 PC에서만 이용하실 수 있어요.</p>
      </StFirstSlide>

      <StSecondSlide>
        <p>
          지금 실력보다 말을 더 잘하고
          <br />
          싶다고 느낀 적 있나요?
        </p>
        <div>
          <StCard>
            <ImageDiv src={imgMobileEar} className="ear" layout="fill" alt="" />
            <div>
              <p>
                발음 교정을 받아 보고 싶은데,
                <br />
                학원비가 너무 비싸서 부담스러워요.
              </p>
              <p>27살 취준생 한○○</p>
            </div>
          </StCard>
          <StCard>
            <ImageDiv src={imgMobileFist} className="fist" layout="fill" alt="" />
            <div>
              <p>
                떨리는 목소리 탓에 발표를 망쳤어요.
                <br />
                저도 자신 있게 말해 보고 싶어요!
              </p>
              <p>22살 대학생 문○○</p>
            </div>
          </StCard>
          <StCard>
            <ImageDiv src={imgMobileMic} className="mic" layout="fill" alt="" />
            <div>
              <p>
                얼마 전 아나운서 준비에 들어갔는데,
                <br />
                뉴스 원고 읽기는 처음이라 막막해요.
              </p>
              <p>25살 아나운서 지망생 신○○</p>
            </div>
          </StCard>
        </div>
      </StSecondSlide>

      <StThirdSlide>
        <p>토커블이 권하는</p>
        <p>효율적인 스피치 연습 방법</p>
        <StLottieWrapper className="step1">
          <Lottie animationData={step1Lottie} autoPlay loop />
        </StLottieWrapper>
        <StTextWrapper>
          <p>Step 1.</p>
          <p>
            또렷한 아나운서의 뉴스 낭독,
            <br />문장 하나씩 듣고 따라 말하기
          </p>
          <p>
            아나운서의 안정된 발성과 발음을 흉내 내며
            <br />
            잘 전달되는 말하기를 익혀 보세요.
          </p>
        </StTextWrapper>

        <StLottieWrapper className="step2">
          <Lottie animationData={step2Lottie} autoPlay loop />
        </StLottieWrapper>
        <StTextWrapper>
          <p>Step 2.</p>
          <p>
            띄어 읽기, 강조 표시, 녹음,
            <br />
            메모 기능을 써서 더 영리하게 익히기
          </p>
          <p>
            띄어 읽기 표시와 메모를 적어 두고, 녹음해서
            <br />내 목소리를 다시 들으며 확인해요.
          </p>
        </StTextWrapper>

        <StLottieWrapper className="step3">
          <Lottie animationData={step3Lottie} autoPlay loop />
        </StLottieWrapper>
        <StTextWrapper>
          <p>Step 3.</p>
          <p>
            자주 보는 영상과
            <br />
            내가 연습한 영상을 한곳에서 보기
          </p>
          <p>
            또 연습하고 싶은 영상은 즐겨찾기에 담아 두고
            <br />
            틈틈이 되짚으며, 말하기 자신감을 길러 보세요.
          </p>
        </StTextWrapper>
      </StThirdSlide>

      <StFourthSlide>
        <p>
          PC로 토커블과 같이
          <br />
          말하기 자신감을 길러 보세요!
        </p>
      </StFourthSlide>

      <StFifthSlide>
        <p>Contact Us</p>
        <p>talkable.crew@gmail.com</p>
      </StFifthSlide>
    </StMobileContainer>
  );
}

export default MobileContainer;
