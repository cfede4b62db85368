
import React from 'react';
import { User, Target, Heart, Briefcase } from 'lucide-react';

const PersonaSection: React.FC = () => {
  const personas = [
    {
      icon: <Heart className="w-6 h-6" />,
      title: '유행에 민감한 사람 (FOMO족)',
      name: '이도윤, 20세',
      description: '팝업스토어, 한정판 굿즈, 시즌 메뉴 놓치면 하루 종일 속상',
      needs: ['품절 예상 시각까지 남은 시간 표시', 'Hype Index 상위 세 곳 즉시 알림', '15초 영상/움짤로 현장 분위기 확인'],
      color: 'from-red-500 to-pink-500'
    },
    {
      icon: <Briefcase className="w-6 h-6" />,
      title: '줄·대기 지옥 헤이터',
      name: '한승우, 31세',
      description: '브런치 맛집, 점심시간 식당, 테마파크 대기줄이라면 질색',
      needs: ['지금 대기 팀 수와 예상 대기 시간', '내 주변 사람에게 바로 묻는 Q&A', '실시간 붐빔 정도 한눈에 확인'],
      color: 'from-blue-500 to-cyan-500'
    },
    {
      icon: <User className="w-6 h-6" />,
      title: '캠퍼스, 카페 공부족',
      name: '윤채원, 23세',
      description: '시험 기간마다 열람실·카페 빈자리 찾아 헤매는 대학생',
      needs: ['열람실·카페 빈 좌석 현황 보기', '동아리·강의 후기 묻고 답하는 게시판', '조용히 공부할 만한 공간 추천'],
      color: 'from-green-500 to-teal-500'
    },
    {
      icon: <Target className="w-6 h-6" />,
      title: '소상공인',
      name: '오경택, 42세',
      description: '쏟아지는 문의 전화·리뷰 답글에 지친 가게 주인',
      needs: ['자주 묻는 질문 자동 답변 매크로', '품절/대기 상황 자동 안내 문구', '손님과 주고받는 연락 간단하게 정리'],
      color: 'from-purple-500 to-indigo-500'
    }
  ];

  return (
    <div className="bg-white rounded-2xl shadow-lg p-8 border border-gray-100">
      <div className="text-center mb-8">
        <h3 className="text-2xl font-bold text-gray-900 mb-4">
          CrowdPing 사용자 페르소나
        </h3>
        <p className="text-gray-600 max-w-2xl mx-auto">
          여러 사용자의 요구를 꼼꼼히 살펴 꼭 맞는 서비스를 만들어 갑니다
        </p>
      </div>

      <div className="grid grid-cols-1 md:grid-cols-2 gap-6">
        {personas.map((persona, index) => (
          <div key={index} className="bg-gray-50 rounded-xl p-6 hover:shadow-md transition-shadow">
            <div className="flex items-start space-x-4">
              <div className={`w-12 h-12 bg-gradient-to-r ${persona.color} rounded-xl flex items-center justify-center text-white flex-shrink-0`}>
                {persona.icon}
              </div>
              <div className="flex-1">
                <h4 className="font-bold text-lg text-gray-900 mb-1">
                  {persona.title}
                </h4>
                <p className="text-sm text-gray-600 mb-2">
                  {persona.name}
                </p>
                <p className="text-sm text-gray-700 mb-3">
                  {persona.description}
                </p>
                <div className="space-y-1">
                  <p className="text-xs font-medium text-gray-500 uppercase tracking-wide">
                    주요 니즈
                  </p>
                  {persona.needs.map((need, needIndex) => (
                    <div key={needIndex} className="flex items-center space-x-2">
                      <div className="w-1 h-1 bg-gray-400 rounded-full"></div>
                      <span className="text-sm text-gray-600">{need}</span>
                    </div>
                  ))}
                </div>
              </div>
            </div>
          </div>
        ))}
      </div>

      <div className="mt-8 text-center">
        <div className="bg-gradient-to-r from-purple-50 to-pink-50 rounded-xl p-6">
          <h4 className="font-bold text-lg text-gray-900 mb-2">
            사용자 중심 설계
          </h4>
          <p className="text-gray-600 mb-4">
            페르소나마다 겪는 Pain Point를 덜어 주고 니즈를 채워 주는 기능으로<br />
            누구나 만족하며 쓸 수 있는 서비스를 만듭니다
          </p>
          <div className="flex justify-center space-x-4 text-sm">
            <div className="flex items-center space-x-1">
              <div className="w-2 h-2 bg-red-400 rounded-full"></div>
              <span>FOMO족</span>
            </div>
            <div className="flex items-center space-x-1">
              <div className="w-2 h-2 bg-blue-400 rounded-full"></div>
              <span>대기 헤이터</span>
            </div>
            <div className="flex items-center space-x-1">
              <div className="w-2 h-2 bg-green-400 rounded-full"></div>
              <span>공부족</span>
            </div>
            <div className="flex items-center space-x-1">
              <div className="w-2 h-2 bg-purple-400 rounded-full"></div>
              <span>소상공인</span>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
};

export default PersonaSection;
