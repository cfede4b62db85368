<%@ page language="java" contentType="text/html; charset=UTF-8"
    pageEncoding="UTF-8"%>
<!DOCTYPE html>
<html lang="ko">
<head>
	<meta http-equiv="Content-Type" content="text/html; charset=UTF-8">
	<title>GEOS pro</title>
	<link rel="stylesheet" href="${pageContext.request.contextPath}/css/analysis/analysis.css" />
	<link rel="stylesheet" href="${pageContext.request.contextPath}/css/analysis/use.css" />
	<script type="text/javascript" src="${pageContext.request.contextPath}/js/common/includeHead.js"></script>
	<script type="text/javascript" src="${pageContext.request.contextPath}/js/dataAnalysis/analysisMain.js"></script>
	<script type="text/javascript" src="${pageContext.request.contextPath}/js/dataAnalysis/analysisGuideMain.js"></script>
	
	<!-- mng_s 2019. 07. 11 s.m.Park -->
	<script>
		$(document).ready(
			function() {
				$log.srvLogWrite("Z0", "04", "08", "01", "", "");
		});
	</script>
	<!-- mng_e 2019. 07. 11 s.m.Park -->
	
</head>
<body>
	<jsp:include page="/view/common/includeHeader"></jsp:include>
	<div class="subConentWrap">
		<div class="subTitleWrap">
			<div class="subTitle">
				<p class="home">데이터 분석 ></p>
				<h1>활용사례 </h1>
				<h2>GEOS pro에서 쓸 수 있는 데이터를 직접 만들고 관리할 수 있습니다.</h2>
			</div>						
		</div>
		

		<!-- contents start  -->
		
		<div class="container">
			<div class="useBox">
				<ul id ="guideContetnBox">
<%-- 					<li>
						<h1>1</h1>
						<div class="normal">
							<div class="normal_tilte">
								<span class="mr5"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon01_up.png" alt=""/></span>
								초미세먼지 수치가 갑자기 치솟았네.<br/>
								대기측정소를 한층 더 고르게 <br/>
								배치해야겠다!
								<span class="ml10"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon01_down.png" alt=""/></span>										
							</div>
							<div class="normal_cont">
								전라북도 보건환경연구원 <br/>
								대기환경과에서 일하는 <br/>
								박소정씨의 고민
							</div>
						</div>
						<div class="hover">
							<div class="hover_tilte">
								<span class="mr5"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon03_up.png" alt=""/></span>
								초미세먼지 수치가 갑자기 치솟았네.<br/>
								대기측정소를 한층 더 고르게 <br/>
								배치해야겠다!
								<span class="ml10"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon03_down.png" alt=""/></span>										
							</div>	
							<div class="hover_cont">
								<p>전라북도 시군마다 초미세먼지 수치를 자세하게 알려 주고 싶은데...도내 대기측정소를 고르게 배치하려면 무엇을 어떻게 살펴봐야 할까??</p>
								<button class="pbtn01">추천 분석: 보로노이 다이어그램 보기</button>
							</div>
						</div>
					</li>
					<li>
						<h1>2</h1>
						<div class="normal">
							<div class="normal_tilte">
								<span class="mr5"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon02_up.png" alt=""/></span>
								김포시의 영유아 수와 유치원 <br/>
								시설 수를 견주어 모자란 동네가<br/>
								어디인지 찾아야겠다
								<span class="ml10"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon02_down.png" alt=""/></span>										
							</div>
							<div class="normal_cont">
								김포교육지원청 <br/>
								학교지원과에서 일하는 <br/>
								정태민씨의 고민
							</div>
						</div>
						<div class="hover">
							<div class="hover_tilte blue">
								<span class="mr5"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon03_up.png" alt=""/></span>
								김포시의 영유아 수와 유치원 <br/>
								시설 수를 견주어 모자란 동네가<br/>
								어디인지 찾아야겠다
								<span class="ml10"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon03_down.png" alt=""/></span>										
							</div>	
							<div class="hover_cont">
								<p>김포시 영유아 수와 유치원 시설 자료를 가지고  영유아 수에 비해 유치원이 모자란 곳을 한 번에 볼 방법은 없을까??</p>
								<button class="blue pbtn02">추천 분석: 데이터 간 연산 분석 보기</button>
							</div>
						</div>
					</li>
					<li>
						<h1>3</h1>
						<div class="normal">
							<div class="normal_tilte">
								<span class="mr5"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon01_up.png" alt=""/></span>
								<!-- 전국 IT산업의 성장 정도를<br/> -->
								부산 IT산업의 성장 정도를<br/>
								살펴보고 그에 걸맞은 지원 예산<br/>
								계획을 짜야겠다
								<span class="ml10"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon01_down.png" alt=""/></span>										
							</div>
							<div class="normal_cont">
								정보산업진흥재단에 <br/>
								다니는 문예린씨가 <br/>
								처리해야 할 업무
							</div>
						</div>
						<div class="hover">
							<div class="hover_tilte">
								<span class="mr5"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon03_up.png" alt=""/></span>
								<!-- 전국 IT산업의 성장 정도를<br/> -->
								부산 IT산업의 성장 정도를<br/>
								살펴보고 그에 걸맞은 지원 예산<br/>
								계획을 짜야겠다
								<span class="ml10"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon03_down.png" alt=""/></span>										
							</div>	
							<div class="hover_cont">
								<p>IT산업 지원 예산안을 짜야 하는데 구마다 IT가 얼마나 특화됐는지 알아내 좀 더 짜임새 있는 지원안을 만들 수는 없을까?</p>
								<button class="pbtn03">추천 분석: 입지 계수 보기</button>
							</div>
						</div>
					</li>
					<li>
						<h1>4</h1>
						<div class="normal">
							<div class="normal_tilte">
								<span class="mr5"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon02_up.png" alt=""/></span>
								대전시 대덕의 IT산업 성장에 관련된<br/>
								상관관계를 참고해서 용인시<br/>
								IT산업 키우기에 보탬이 되고 싶다!
								<span class="ml10"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon02_down.png" alt=""/></span>										
							</div>
							<div class="normal_cont">
								용인시청 산업지원과에<br/>
								다니는 오지훈씨의 고민
							</div>
						</div>
						<div class="hover">
							<div class="hover_tilte  blue">
								<span class="mr5"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon03_up.png" alt=""/></span>
								대전시 대덕의 IT산업 성장에 관련된<br/>
								상관관계를 참고해서 용인시<br/>
								IT산업 키우기에 보탬이 되고 싶다!
								<span class="ml10"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon03_down.png" alt=""/></span>										
							</div>	
							<div class="hover_cont">
								<p>대덕 IT산업 성장의 상관관계를 참고해서 용인시의 IT산업 성장에 보탬이 될 만한 길이 있을지 알아볼까??</p>
								<button class="blue pbtn04" >추천 분석: 공간자기상관분석 보기</button>
							</div>
						</div>
					</li>
					<li>
						<h1>5</h1>
						<div class="normal">
							<div class="normal_tilte">
								<span class="mr5"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon01_up.png" alt=""/></span>
								우리 인천시 연수구의 65세<br/>
								이상 홀몸 가구가 실제로 사는 곳<br/>
								분포는 어떤 모습일까?
								<span class="ml10"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon01_down.png" alt=""/></span>										
							</div>
							<div class="normal_cont">
								인천시청 복지국  <br/>
								노인복지과 노인 <br/>
								정책팀에서 일하는 <br/>
								강민호씨의 고민
							</div>
						</div>
						<div class="hover">
							<div class="hover_tilte">
								<span class="mr5"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon03_up.png" alt=""/></span>
								우리 인천시 연수구의 65세<br/>
								이상 홀몸 가구가 실제로 사는 곳<br/>
								분포는 어떤 모습일까?
								<span class="ml10"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon03_down.png" alt=""/></span>										
							</div>	
							<div class="hover_cont">
								<p>지금 가진 엑셀 표로는 어디에 몰려 사는지 한 번에 알아보기 힘든데… 행정구역 경계보다 더 객관적인 기준으로 65세 이상 홀몸 가구 현황을 볼 수 있다면 참 좋겠다!!</p>
								<button class="pbtn05">추천 분석: 경계 분석 보기</button>
							</div>
						</div>
					</li>
					<li>
						<h1>6</h1>
						<div class="normal">
							<div class="normal_tilte">
								<span class="mr5"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon02_up.png" alt=""/></span>
								인천시 연수구의 요양원이 <br/>
								모자란데 어느 곳에 더 세울지<br/>
								알아봐야겠다
								<span class="ml10"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon02_down.png" alt=""/></span>										
							</div>
							<div class="normal_cont">
								인천시청 복지국  <br/>
								노인복지과 노인  <br/>
								정책팀에서 일하는  <br/>
								윤재석씨의 업무
							</div>
						</div>
						<div class="hover">
							<div class="hover_tilte  blue">
								<span class="mr5"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon03_up.png" alt=""/></span>
								인천시 연수구의 요양원이 <br/>
								모자란데 어느 곳에 더 세울지<br/>
								알아봐야겠다
								<span class="ml10"><img src="${pageContext.request.contextPath}/img/analysis/use/use_icon03_down.png" alt=""/></span>										
							</div>	
							<div class="hover_cont">
								<p>인천시 연수구는 65세 이상 홀몸 가구에 비해 요양원이 모자라 시설을 더 세워야 하는데 어디에 짓는 것이 좋을까??</p>
								<button class="blue pbtn06">추천 분석: 버퍼 분석 보기</button>
							</div>
						</div>
					</li> --%>
				</ul>
			</div>
							
		</div>
		
		<!-- contents end  -->
		
	</div><!-- subConentWrap end-->
