/**
 * 랜딩 페이지 below-the-fold 섹션 (리뉴얼 v2)
 *
 * 성능 최적화: React.lazy + Suspense로 나중에 불러오기
 *
 * 포함 섹션:
 * 3. 핵심 기능 소개 — 실제 작업 장면 위주
 * 4. 이런 분들에게 추천 — 누구를 위한 도구인지 밝힘
 * 5. 가격 비교 — Free / Pro (과장 없는 문구)
 * 6. 최종 CTA
 * 7. 푸터
 */

import Link from 'next/link';

/** 추천 대상 데이터 — 구체적 페인포인트와 함께 */
const TARGET_USERS = [
  {
    title: '웹툰 작가',
    description: '연재 한 편마다 동작 참고 컷이 잔뜩 필요한데, 이미지 검색 창만 붙잡고 하루를 보내는 분',
    accent: 'border-orange-500/30',
  },
  {
    title: '일러스트레이터',
    description: '원하는 시점·빛 방향의 참고 사진이 없어 비슷한 걸로 대충 넘어간 경험이 있는 분',
    accent: 'border-amber-500/30',
  },
  {
    title: '미대생',
    description: '크로키·인체 수업 숙제 때문에 여러 자세의 참고 자료를 매주 모아야 하는 분',
    accent: 'border-pink-500/30',
  },
  {
    title: '캐릭터 디자이너',
    description: '격투 동작이나 생활 동작을 원하는 시점 그대로 돌려 보며 점검하고 싶은 분',
    accent: 'border-amber-500/30',
  },
] as const;

/** 핵심 기능 데이터 — 구체적 시나리오 + before/after */
const FEATURES = [
  {
    title: '3D 인형으로 자세 잡기',
    before: '이미지 검색에 "쪼그려 앉은 뒷모습" 입력 → 넘기기만 40분',
    after: '인형 관절 끌어서 이동 → 필요한 자세 바로 완성',
    details: '관절을 하나씩 직접 움직이거나, 준비된 75개 기본 자세 중 하나로 출발하세요.',
    accentBorder: 'hover:border-orange-500/40',
    accentText: 'group-hover:text-orange-300',
    tagColor: 'bg-orange-500/10 text-orange-400',
    tags: ['관절 조작', '75개 프리셋'],
  },
  {
    title: 'AI가 실사 매칭',
    before: '검색 엔진에서 닮은 사진 헤매다 결국 아쉬운 걸로 만족',
    after: '인형 자세와 제일 닮은 실제 사진을 AI가 알아서 골라 줌',
    details: '자세가 얼마나 닮았는지 점수를 매겨, 점수 높은 사진부터 차례로 띄워 줍니다.',
    accentBorder: 'hover:border-amber-500/40',
    accentText: 'group-hover:text-amber-600',
    tagColor: 'bg-amber-500/10 text-amber-400',
    tags: ['벡터 검색', '유사도 정렬'],
  },
  {
    title: '조명 · 카메라 앵글까지',
    before: '자세는 맞는데 빛이 엉뚱한 쪽에서 오는 사진만 걸림',
    after: '빛 위치 + 촬영 시점 지정 → 조건을 만족하는 사진만 남김',
    details: '내려다본 구도, 올려다본 구도, 넓은 화각과 그림자 방향까지 들어맞는 사진을 골라 줍니다.',
    accentBorder: 'hover:border-pink-500/40',
    accentText: 'group-hover:text-pink-300',
    tagColor: 'bg-pink-500/10 text-pink-400',
    tags: ['광원 조절', '카메라 앵글'],
  },
  {
    title: '컬렉션으로 정리',
    before: '지난번에 모아 둔 참고 사진 어느 폴더였더라...',
    after: '작품별 컬렉션 + 자세 프리셋 온라인 보관',
    details: '쓸 만한 참고 자료는 컬렉션별로 묶어 두고, 어느 기기에서나 꺼내 쓰세요.',
    accentBorder: 'hover:border-amber-500/40',
    accentText: 'group-hover:text-amber-600',
    tagColor: 'bg-amber-500/10 text-amber-400',
    tags: ['컬렉션 관리', '클라우드 동기화'],
  },
] as const;

export default function BelowTheFold() {
  return (
    <>
      {/* ====================================================
          3. 핵심 기능 소개 — 실제 작업 장면 위주
          ==================================================== */}
      {/* 작은 화면에서는 섹션 간격 줄임 */}
      <section id="features" className="py-12 sm:py-24 px-4 border-t border-gray-200">
        <div className="max-w-6xl mx-auto">

          {/* 섹션 헤더 */}
          <div className="text-center mb-16">
            <h2 className="text-3xl sm:text-4xl font-bold mb-4">
              참고 자료 모으기, 이제 이렇게 바뀝니다
            </h2>
            <p className="text-gray-500 max-w-lg mx-auto">
              원하는 자세를 글로 검색하지 마세요. 손으로 잡아 두면, 사진은 AI가 찾아옵니다.
            </p>
          </div>

          {/* 기능 카드 그리드 */}
          <div className="grid md:grid-cols-2 gap-6">
            {FEATURES.map((feature) => (
              <div
                key={feature.title}
                className={`group p-8 rounded-2xl bg-gray-50 border border-gray-200 ${feature.accentBorder} transition-all`}
              >
                {/* 기능 이름 */}
                <h3 className={`text-xl font-semibold mb-4 ${feature.accentText} transition-colors`}>
                  {feature.title}
                </h3>

                {/* Before / After — 실제 작업 장면 */}
                <div className="space-y-2 mb-4">
                  <div className="flex items-start gap-2 text-sm">
                    <span className="text-gray-300 shrink-0 font-mono text-xs mt-0.5">전</span>
                    <span className="text-gray-400 line-through decoration-neutral-700">{feature.before}</span>
                  </div>
                  <div className="flex items-start gap-2 text-sm">
                    <span className="text-orange-400 shrink-0 font-mono text-xs mt-0.5">후</span>
                    <span className="text-gray-700">{feature.after}</span>
                  </div>
                </div>

                {/* 상세 설명 */}
                <p className="text-gray-500 text-sm leading-relaxed mb-5">
                  {feature.details}
                </p>

                {/* 태그 */}
                <div className="flex flex-wrap gap-1.5">
                  {feature.tags.map((tag) => (
                    <span key={tag} className={`px-2 py-0.5 rounded-full text-[11px] font-medium ${feature.tagColor}`}>
                      {tag}
                    </span>
                  ))}
                </div>
              </div>
            ))}
          </div>
        </div>
      </section>

      {/* ====================================================
          4. 이런 분들에게 추천 — 누구를 위한 도구인지 밝힘
          ==================================================== */}
      <section id="for-who" className="py-12 sm:py-24 px-4 border-t border-gray-200">
        <div className="max-w-4xl mx-auto">

          {/* 섹션 헤더 */}
          <div className="text-center mb-14">
            <h2 className="text-3xl sm:text-4xl font-bold mb-4">이런 분들이 벌써 쓰고 계세요</h2>
            <p className="text-gray-500">
              손으로 그림을 그려 봤다면, 참고 사진 하나 찾느라 애태운 기억이 있을 거예요
            </p>
          </div>

          {/* 타겟 유저 카드 */}
          <div className="grid sm:grid-cols-2 gap-4">
            {TARGET_USERS.map((user) => (
              <div
                key={user.title}
                className={`p-6 rounded-2xl bg-gray-50/60 border ${user.accent} transition-colors`}
              >
                <h3 className="text-lg font-semibold text-gray-900 mb-2">{user.title}</h3>
                <p className="text-sm text-gray-500 leading-relaxed">{user.description}</p>
              </div>
            ))}
          </div>
        </div>
      </section>
