import React, { useEffect, useState } from "react";
import { CircleChart } from "../common/CircleChart";
import AccessibilityStats from "./StatsVisualizer";
import StatsVisualizer from "./StatsVisualizer";

// Define types for our data structures
interface Persona {
  img: string;
  alt: string;
  desc: string;
  quote: string;
  painpoints: string[];
}

interface UxGoalItem {
  icon: string;
  title: string;
}

interface ChallengeItem {
  challenge: string;
  description: string;
  solution: string;
  solutionDesc: string;
}

// Type for visibility state
interface VisibilityState {
  [key: string]: boolean;
}

export function EyeBackground(): React.ReactElement {
  const [visible, setVisible] = useState<VisibilityState>({});

  useEffect(() => {
    // Function to check if an element is in viewport
    const checkVisibility = (): void => {
      const elements = document.querySelectorAll(".animate-element");
      elements.forEach((el: Element) => {
        if (el instanceof HTMLElement && el.id) {
          const rect = el.getBoundingClientRect();
          const isVisible = rect.top <= window.innerHeight && rect.bottom >= 0;
          if (isVisible) {
            setVisible((prev) => ({ ...prev, [el.id]: true }));
          }
        }
      });
    };

    // Initial check
    checkVisibility();

    // Add event listener
    window.addEventListener("scroll", checkVisibility);

    // Cleanup
    return () => window.removeEventListener("scroll", checkVisibility);
  }, []);

  // Safely check if section is visible
  const isSectionVisible = (sectionId: string): boolean => {
    return Boolean(visible[sectionId]);
  };

  const statisticsData = [
    {
      category: "이동의 불편",
      percentage: 68,
      description: "도보, 대중교통 탑승",
    },
    {
      category: "일상 속 불편",
      percentage: 62,
      description: "읽기, 장보기, 조리 등",
    },
  ];

  const statisticsData2 = [
    {
      category: "보조기기에 흥미가 있다",
      percentage: 88,
      description: "휴대폰 앱, AR 안경 등",
    },
    {
      category: "보조기기를 쓰는 중이다",
      percentage: 31,
      description: "가격, 구하기, 쓰기 번거로움 문제로 기술을 쓰기 힘듦",
    },
  ];

  // Define persona data
  const personas: Persona[] = [
    {
      img: "/images/clearsight/person_junho.png",
      alt: "페르소나 준호 프로필",
      desc: "황반변성 | 박준호 / 58세 / 동네 마트 사장님",
      quote: "깨알 같은 글자와 침침한 곳이 제일 힘들어요",
      painpoints: [
        "물건에 붙은 가격표나 소비기한을 읽어 내기가 힘듦.",
        "밝은 낮과 어두운 밤이 바뀔 때 눈이 빨리 못 따라감.",
        "앱 구성이 복잡할수록 다루기가 더 힘들다.",
      ],
    },
    {
      img: "/images/clearsight/person_seoyeon.png",
      alt: "페르소나 윤서연 프로필",
      desc: "선천적 망막색소변성증 | 윤서연 / 21세 / 대학생",
      quote: "길 찾기도, 아는 얼굴을 알아채는 것도 만만치 않다.",
      painpoints: [
        "강의실로 갈 때 근처 안내판 글자를 읽기 힘들다.",
        "컴컴한 장소에서는 보이는 범위가 갑자기 줄어 계단이나 걸림돌을 알아차리는 게 무척 힘들다.",
      ],
    },
  ];
