import { Persona } from './persona-types';

export const personas: Persona[] = [
    {
        id: 'pm-developer',
        title: 'PM/개발자',
        description: '제품 기획안과 기술 명세를 수시로 써야 하는 실무자',
        problem: '얽히고설킨 기술 이야기를 또렷하고 짧게 풀어 쓰기가 힘듦',
        solution: 'AI가 까다로운 기술 요소를 차근차근 묶어 읽기 편한 뼈대로 정돈',
        features: ['명세서 골격 자동 생성', '어려운 개념 쉽게 풀기', '전개 순서 다듬기'],
        scenario: {
            before: "새로 붙는 API 기능의 문서를 써야 하는데, 세부 사양이 워낙 얽혀 있어서 어디서부터 풀어야 할지 감이 안 옵니다.",
            after: "AI가 기술 내용을 하나씩 뜯어보고, 개발자든 아니든 누구나 따라올 수 있는 짜임새로 문서를 마무리해 줍니다."
        },
        stats: {
            timeReduction: '65%',
            qualityImprovement: '80%'
        }
    },
    {
        id: 'content-creator',
        title: '콘텐츠 크리에이터',
        description: '블로그 글, 영상 대본, SNS 게시물을 꾸준히 만들어 내는 창작자',
        problem: '날마다 새 소재를 떠올리고 눈길 끄는 글까지 뽑아내야 한다는 부담',
        solution: 'AI가 요즘 뜨는 흐름을 읽고 구독자 취향에 맞춘 소재를 골라 줌',
        features: ['유행어 기반 소재 추천', '구독자 맞춤 말투 조절', '검색 노출(SEO) 개선 팁'],
        scenario: {
            before: "한 주에 글을 네 편씩 올려야 하는데, 쓸 거리가 바닥나서 늘 마감 직전까지 허덕입니다.",
            after: "AI가 뜨는 검색어를 살펴 끌리는 제목과 글 틀을 짜 주니, 쓰는 일 자체에만 힘을 쏟게 되었습니다."
        },
        stats: {
            timeReduction: '55%',
            qualityImprovement: '70%'
        }
    },
    {
        id: 'startup-founder',
        title: '스타트업 창업자',
        description: '사업계획서와 IR 자료, 홍보물을 직접 만드는 초기 창업가',
        problem: '빠듯한 일정 안에 투자자 마음을 움직일 강렬한 자료를 내놓아야 함',
        solution: 'AI가 사업 구조를 뜯어보고 투자자가 끌릴 만한 이야기 흐름으로 엮음',
        features: ['투자자 시선의 이야기 구성', '숫자로 뒷받침하는 논거', '경쟁사와 다른 점 부각'],
        scenario: {
            before: "Pre-A 라운드용 피치덱을 준비 중인데, 우리 회사의 강점을 어떤 식으로 내세워야 할지 막막합니다.",
            after: "AI가 사업 모델을 훑어보고 투자자들이 눈여겨볼 대목을 앞뒤가 맞게 배치해 줍니다."
        },
        stats: {
            timeReduction: '60%',
            qualityImprovement: '75%'
        }
    },
    {
        id: 'marketer',
        title: '마케터',
        description: '캠페인 계획서, 광고 문구, 홍보 전략안을 쓰는 마케팅 담당자',
        problem: '고객이 정말 원하는 걸 짚어 내고 그걸 제대로 꽂히는 말로 옮기기',
        solution: 'AI가 고객 유형을 읽어 내고 대상마다 잘 맞는 홍보 문구를 뽑아 줌',
        features: ['대상별 문구 맞춤', '감성 소구 포인트 짚기', 'A/B 테스트용 여러 버전 생성'],
        scenario: {
            before: "새 제품 출시 캠페인을 짜고 있는데, 30-40대 직장인 남성에게 어떤 문구가 먹힐지 도무지 자신이 없습니다.",
            after: "AI가 고객의 생활 방식과 관심거리를 살펴서, 마음을 건드리는 캠페인 문구를 골라 줍니다."
        },
        stats: {
            timeReduction: '50%',
            qualityImprovement: '65%'
        }
    },
    {
        id: 'consultant',
        title: '컨설턴트',
        description: '고객사에 낼 진단 보고서와 전략안을 만드는 경영 컨설턴트',
        problem: '얽힌 경영 문제를 또렷하게 진단하고 바로 옮길 수 있는 해법 내놓기',
        solution: 'AI가 여러 자료를 한데 모아 따져 보고 앞뒤가 맞아 설득되는 제안서로 엮음',
        features: ['자료 근거 문제 진단', '실행 가능한 해법 정리', '위험 요소 미리 짚기'],
        scenario: {
            before: "고객사의 이익이 왜 줄었는지 밝히고 대책까지 내야 하는데, 따질 변수가 너무 많아 핵심이 안 잡힙니다.",
            after: "AI가 흩어진 수치를 한데 엮어 가장 큰 원인과 먼저 손댈 대책을 순서대로 정리해 줍니다."
        },
        stats: {
            timeReduction: '45%',
            qualityImprovement: '80%'
        }
    },
    {
        id: 'freelancer',
        title: '프리랜서',
        description: '여러 의뢰처를 오가며 제안서와 작업 문서를 쓰는 1인 전문가',
        problem: '짧은 기간에 여러 건의 문서를 한꺼번에 제대로 써내야 한다는 압박',
        solution: 'AI가 의뢰 건마다 성격을 읽고 의뢰처 요구에 꼭 맞는 문서를 만들어 줌',
        features: ['의뢰 건별 전용 틀', '지난 작업 이력에 맞춘 말투', '초안 빠르게 뽑기'],
        scenario: {
            before: "같이 굴러가는 네 건의 제안서를 이번 주 안에 다 내야 하는데, 업종이 제각각이라 풀어 가는 방식도 다 달라야 합니다.",
            after: "AI가 의뢰처마다 업종 특성과 요청 사항을 살펴서, 건별로 알맞은 제안서를 금방 써 줍니다."
        },
        stats: {
            timeReduction: '70%',
            qualityImprovement: '65%'
        }
    },
    {
        id: 'ux-designer',
        title: 'UX/UI 디자이너',
        description: '리서치 결과 보고서와 디자인 원칙 문서, 작업 기록을 남기는 디자이너',
        problem: '조사에서 얻은 통찰을 조리 있게 묶고 디자인 선택의 이유를 납득시키기',
        solution: 'AI가 조사 자료를 살피고 디자인 원칙을 따라 짜임새 있는 문서로 엮음',
        features: ['리서치 통찰 정리', '디자인 선택 근거 제시', '보는 사람별 설명 조절'],
        scenario: {
            before: "서비스 개편 사용성 테스트 결과를 정리해야 하는데, 쏟아진 의견을 어떤 기준으로 묶어야 쓸모가 있을지 막막합니다.",
            after: "AI가 의견을 비슷한 것끼리 묶고, 무엇부터 고칠지 순서와 함께 개선 방향을 뚜렷하게 보여 줍니다."
        },
        stats: {
            timeReduction: '55%',
            qualityImprovement: '75%'
        }
    },
    {
        id: 'educator',
        title: '교육자',
        description: '수업 자료와 연수 과정, 학습 안내서를 만드는 교육 담당자',
        problem: '어려운 내용을 배우는 사람 눈높이에 맞춰 쉽고 흥미롭게 풀어내기',
        solution: 'AI가 학습자 특징을 감안하고 교수 원리에 맞춰 효과 있는 수업 자료를 짬',
        features: ['수준별 설명 맞춤', '차근차근 쌓는 학습 흐름', '호기심 끄는 장치 넣기'],
        scenario: {
            before: "중학생들에게 어려운 과학 원리를 가르쳐야 하는데, 따분하지 않게 알아듣게 할 방법이 떠오르지 않습니다.",
            after: "AI가 아이들의 관심사와 생활 속 경험을 끌어와서, 과학 원리를 쉽고 재미있게 풀어 주는 수업안을 짜 줍니다."
        },
        stats: {
            timeReduction: '60%',
            qualityImprovement: '70%'
        }
    },
    {
        id: 'researcher',
        title: '연구자',
        description: '학위 논문과 연구 보고서, 학회 자료를 쓰는 연구 인력',
        problem: '까다로운 연구 결과를 조리 있게 엮고 학술 글쓰기 규칙에 맞춰 쓰기',
        solution: 'AI가 연구 자료를 살피고 논문 체제와 양식에 맞춘 짜임새 있는 원고로 엮음',
        features: ['논문 체제 잡기', '결과 해석과 도표 제안', '인용·참고문헌 정리'],
        scenario: {
            before: "8개월 동안 모은 실험 결과를 논문으로 옮겨야 하는데, 결과를 어떻게 읽고 어떤 순서로 쓸지가 막힙니다.",
            after: "AI가 실험 결과에서 흐름을 찾아내고, 논문 양식에 맞는 짜임새로 내용을 가지런히 정리해 줍니다."
        },
        stats: {
            timeReduction: '50%',
            qualityImprovement: '85%'
        }
    }
];

export const getPersonaById = (id: string): Persona | undefined => {
    return personas.find(persona => persona.id === id);
};

export const getPersonasByCategory = (category: string): Persona[] => {
    // 분류별로 거르는 로직은 필요해지면 덧붙임
    return personas;
}; 