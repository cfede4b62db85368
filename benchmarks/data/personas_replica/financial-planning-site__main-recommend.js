import React from 'react';
import '../css/Main-recommend.css';
import person1 from '../image/recommend1.png';
import person2 from '../image/recommend2.png';
import person3 from '../image/recommend3.png';
import person4 from '../image/recommend4.png';
import person5 from '../image/recommend5.png';
import person6 from '../image/recommend6.png';

function MainRecommend(){
    return(
        <div className="recommend-container">
            <h1 className="recommend">
                이런 분들에게 반드시 필요합니다
            </h1>
            <div className="recommend-box1">
                <div className="box">
                    <img src={person1} alt=''></img>
                    <p>"목표요? 그저 아득하기만 해요<br/>
                        솔직히 제가 뭘 원하는지도 잘 몰라요"
                    </p>
                </div>
                <div className="box">
                    <img src={person2} alt=''></img>
                    <p>
                    “늘 중간에 접게 되고 될 것 같지가 않아요.<br/>
                    차곡차곡 돈도 모아서 원하는 걸 해내고 싶은데 정말 힘들어요”
                    </p>
                </div>
                <div className="box">
                    <img src={person3} alt=''></img>
                    <p className="marginleft">"무슨 방법으로 돈을 다뤄야<br/>
                        제대로 하는 건지 감이 안 와요"</p>
                </div>
            </div>
            <div className="recommend-box2">
                <div className="box">
                    <img src={person4} alt=''></img>
                    <p>“결혼도 해야 하고 아이도 길러야 하고<br/>
                    집 마련도 해야 하는데 너무 아득해서 자꾸 뒤로 미뤄요”</p>
                </div>
                <div className="box">
                    <img src={person5} alt=''></img>
                    <p>“저랑 처지가 비슷한 분들과 견줘서<br/>
                    제가 제대로 가고 있는지 알고 싶어요”</p>
                </div>
                <div className="box">
                    <img src={person6} alt=''></img>
                    <p>“주식? 펀드? 부동산? 재테크는 너무 복잡하고<br/>
                    어디서부터 손대야 할지 모르겠어요”</p>
                </div>
            </div>
        </div>
    );
}

export default MainRecommend;
